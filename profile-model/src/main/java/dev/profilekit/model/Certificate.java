package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A certificate or credential. */
@Value.Immutable
public interface Certificate extends Extensible, Identified, WithCertificate {
  @Override
  Optional<String> id();

  Optional<String> name();

  Optional<PartialDate> date();

  Optional<String> url();

  Optional<String> issuer();

  /** A builder for {@link Certificate} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Certificate}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableCertificate.Builder {
    Builder() {}
  }
}
