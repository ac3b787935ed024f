package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A profile on another site (JSON Resume's basics.profiles). */
@Value.Immutable
public interface Link extends Extensible, WithLink {
  Optional<String> network();

  Optional<String> username();

  Optional<String> url();

  /** A builder for {@link Link} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Link}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableLink.Builder {
    Builder() {}
  }
}
