package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A position held at an organisation. */
@Value.Immutable
public interface Work extends Extensible, Identified, Dated, WithWork {
  @Override
  Optional<String> id();

  /** The organisation's name. */
  Optional<String> name();

  Optional<String> location();

  Optional<String> description();

  Optional<String> position();

  Optional<String> url();

  @Override
  Optional<PartialDate> startDate();

  @Override
  Optional<PartialDate> endDate();

  Optional<String> summary();

  List<String> highlights();

  /** Skills or topics this entry demonstrates (skill ids or names). */
  List<String> tags();

  /** A builder for {@link Work} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Work}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableWork.Builder {
    Builder() {}
  }
}
