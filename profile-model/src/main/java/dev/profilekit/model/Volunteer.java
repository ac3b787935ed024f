package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Volunteer work. */
@Value.Immutable
public interface Volunteer extends Extensible, Identified, Dated, WithVolunteer {
  @Override
  Optional<String> id();

  /** {@return the organisation volunteered for} */
  Optional<String> organization();

  /** {@return the role held} */
  Optional<String> position();

  /** {@return the organisation's web site} */
  Optional<String> url();

  @Override
  Optional<PartialDate> startDate();

  @Override
  Optional<PartialDate> endDate();

  /** {@return what the work was, in Markdown} */
  Optional<String> summary();

  /** {@return what the person achieved, one Markdown line each} */
  List<String> highlights();

  /** {@return skills or topics this entry demonstrates (skill ids or names)} */
  List<String> tags();

  /** {@return a new, empty builder for {@link Volunteer} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Volunteer}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableVolunteer.Builder {
    Builder() {}
  }
}
