package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Metadata about the profile document itself. */
@Value.Immutable
public interface Meta extends Extensible, WithMeta {
  Optional<String> canonical();

  Optional<String> version();

  Optional<String> lastModified();

  /** A builder for {@link Meta} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meta}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableMeta.Builder {
    Builder() {}
  }
}
