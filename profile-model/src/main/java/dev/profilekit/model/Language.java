package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A language spoken. */
@Value.Immutable
public interface Language extends Extensible {
  Optional<String> language();

  Optional<String> fluency();

  static ImmutableLanguage.Builder builder() {
    return ImmutableLanguage.builder();
  }
}
