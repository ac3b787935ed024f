package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A reference from someone who worked with the person. */
@Value.Immutable
public interface Reference extends Extensible {
  Optional<String> name();

  Optional<String> reference();

  static ImmutableReference.Builder builder() {
    return ImmutableReference.builder();
  }
}
