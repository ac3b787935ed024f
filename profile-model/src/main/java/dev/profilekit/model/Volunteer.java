package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Volunteer work. */
@Value.Immutable
public interface Volunteer extends Extensible, Identified, Dated, WithVolunteer {
  @Override
  Optional<String> id();

  Optional<String> organization();

  Optional<String> position();

  Optional<String> url();

  @Override
  Optional<PartialDate> startDate();

  @Override
  Optional<PartialDate> endDate();

  Optional<String> summary();

  List<String> highlights();

  List<String> tags();

  /** A builder for {@link Volunteer} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Volunteer}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableVolunteer.Builder {
    Builder() {}
  }
}
