package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Metadata about the profile document itself. */
@Value.Immutable
public interface Meta extends Extensible, WithMeta {
  /** {@return where the canonical copy of this profile lives} */
  Optional<String> canonical();

  /** {@return the document's own version, e.g. "v1.0.0"} */
  Optional<String> version();

  /** {@return when the document was last changed, as its author wrote it} */
  Optional<String> lastModified();

  /** {@return a new, empty builder for {@link Meta} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meta}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableMeta.Builder {
    Builder() {}
  }
}
