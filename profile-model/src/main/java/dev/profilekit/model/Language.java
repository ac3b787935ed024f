package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A language spoken. */
@Value.Immutable
public interface Language extends Extensible, WithLanguage {
  /** {@return the language, e.g. "German"} */
  Optional<String> language();

  /** {@return how well the person speaks it, e.g. "Native speaker" or "C1"} */
  Optional<String> fluency();

  /** {@return a new, empty builder for {@link Language} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Language}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableLanguage.Builder {
    Builder() {}
  }
}
