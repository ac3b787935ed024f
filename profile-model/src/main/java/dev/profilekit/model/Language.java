package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A language spoken. */
@Value.Immutable
public interface Language extends Extensible, WithLanguage {
  Optional<String> language();

  Optional<String> fluency();

  /** A builder for {@link Language} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Language}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableLanguage.Builder {
    Builder() {}
  }
}
