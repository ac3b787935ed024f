package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A publication. */
@Value.Immutable
public interface Publication extends Extensible, Identified, WithPublication {
  @Override
  Optional<String> id();

  Optional<String> name();

  Optional<String> publisher();

  Optional<PartialDate> releaseDate();

  Optional<String> url();

  Optional<String> summary();

  /** A builder for {@link Publication} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutablePublication.Builder {
    Builder() {}
  }
}
