package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Where a person is. */
@Value.Immutable
public interface Location extends Extensible {
  Optional<String> address();

  Optional<String> postalCode();

  Optional<String> city();

  Optional<String> countryCode();

  Optional<String> region();

  static ImmutableLocation.Builder builder() {
    return ImmutableLocation.builder();
  }
}
