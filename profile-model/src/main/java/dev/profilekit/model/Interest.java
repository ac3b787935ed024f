package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An interest. */
@Value.Immutable
public interface Interest extends Extensible, WithInterest {
  /** {@return the interest, e.g. "Sailing"} */
  Optional<String> name();

  /** {@return words that say more about the interest} */
  List<String> keywords();

  /** {@return a new, empty builder for {@link Interest} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Interest}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableInterest.Builder {
    Builder() {}
  }
}
