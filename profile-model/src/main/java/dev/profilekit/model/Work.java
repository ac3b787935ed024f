package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A position held at an organisation. */
@Value.Immutable
public interface Work extends Extensible, Identified, Dated, WithWork {
  @Override
  Optional<String> id();

  /** {@return the organisation's name} */
  Optional<String> name();

  /** {@return where the work was done, as written, e.g. "Berlin" or "Remote"} */
  Optional<String> location();

  /** {@return what the organisation does} */
  Optional<String> description();

  /** {@return the role held, e.g. "Senior Engineer"} */
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

  /** {@return a new, empty builder for {@link Work} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Work}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableWork.Builder {
    Builder() {}
  }
}
