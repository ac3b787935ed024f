package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An award or honour. */
@Value.Immutable
public interface Award extends Extensible, Identified, WithAward {
  @Override
  Optional<String> id();

  /** {@return the award's name, e.g. "Best Paper"} */
  Optional<String> title();

  /** {@return when the award was given} */
  Optional<PartialDate> date();

  /** {@return who gave the award: an organisation, a conference, a jury} */
  Optional<String> awarder();

  /** {@return what the award was for, in Markdown} */
  Optional<String> summary();

  /** {@return a new, empty builder for {@link Award} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Award}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableAward.Builder {
    Builder() {}
  }
}
