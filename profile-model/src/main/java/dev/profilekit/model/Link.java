package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A profile on another site (JSON Resume's basics.profiles). */
@Value.Immutable
public interface Link extends Extensible {
  Optional<String> network();

  Optional<String> username();

  Optional<String> url();

  static ImmutableLink.Builder builder() {
    return ImmutableLink.builder();
  }
}
