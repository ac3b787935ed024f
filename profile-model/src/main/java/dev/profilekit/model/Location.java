package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Where a person is. */
@Value.Immutable
public interface Location extends Extensible, WithLocation {
  Optional<String> address();

  Optional<String> postalCode();

  Optional<String> city();

  Optional<String> countryCode();

  Optional<String> region();

  /** A builder for {@link Location} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
