package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A reference from someone who worked with the person. */
@Value.Immutable
public interface Reference extends Extensible, WithReference {
  /** {@return who gives the reference} */
  Optional<String> name();

  /** {@return what they say, in Markdown} */
  Optional<String> reference();

  /** {@return a new, empty builder for {@link Reference} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Reference}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableReference.Builder {
    Builder() {}
  }
}
