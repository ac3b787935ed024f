package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An award or honour. */
@Value.Immutable
public interface Award extends Extensible, Identified {
  @Override
  Optional<String> id();

  Optional<String> title();

  Optional<PartialDate> date();

  Optional<String> awarder();

  Optional<String> summary();

  static ImmutableAward.Builder builder() {
    return ImmutableAward.builder();
  }
}
