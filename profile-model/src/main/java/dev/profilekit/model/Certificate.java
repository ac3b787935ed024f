package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A certificate or credential. */
@Value.Immutable
public interface Certificate extends Extensible, Identified, WithCertificate {
  @Override
  Optional<String> id();

  /** {@return the certificate's name, e.g. "Certified Kubernetes Administrator"} */
  Optional<String> name();

  /** {@return when the certificate was issued} */
  Optional<PartialDate> date();

  /** {@return where the certificate can be verified} */
  Optional<String> url();

  /** {@return who issued the certificate} */
  Optional<String> issuer();

  /** {@return a new, empty builder for {@link Certificate} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certificate}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableCertificate.Builder {
    Builder() {}
  }
}
