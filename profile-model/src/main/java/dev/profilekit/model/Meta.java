package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Metadata about the profile document itself. */
@Value.Immutable
public interface Meta extends Extensible {
  Optional<String> canonical();

  Optional<String> version();

  Optional<String> lastModified();

  static ImmutableMeta.Builder builder() {
    return ImmutableMeta.builder();
  }
}
