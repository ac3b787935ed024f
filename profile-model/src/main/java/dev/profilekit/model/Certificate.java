package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A certificate or credential. */
@Value.Immutable
public interface Certificate extends Extensible, Identified {
  @Override
  Optional<String> id();

  Optional<String> name();

  Optional<PartialDate> date();

  Optional<String> url();

  Optional<String> issuer();

  static ImmutableCertificate.Builder builder() {
    return ImmutableCertificate.builder();
  }
}
