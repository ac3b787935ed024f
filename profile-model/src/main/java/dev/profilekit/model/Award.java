package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An award or honour. */
@Value.Immutable
public interface Award extends Extensible, Identified, WithAward {
  @Override
  Optional<String> id();

  Optional<String> title();

  Optional<PartialDate> date();

  Optional<String> awarder();

  Optional<String> summary();

  /** A builder for {@link Award} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Award}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableAward.Builder {
    Builder() {}
  }
}
