package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Where a person is. */
@Value.Immutable
public interface Location extends Extensible, WithLocation {
  /** {@return the street address, possibly several lines} */
  Optional<String> address();

  /** {@return the postal code} */
  Optional<String> postalCode();

  /** {@return the city} */
  Optional<String> city();

  /** {@return the country as an ISO 3166-1 alpha-2 code, e.g. {@code DE}} */
  Optional<String> countryCode();

  /** {@return the state, province or region} */
  Optional<String> region();

  /** {@return a new, empty builder for {@link Location} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Location}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
