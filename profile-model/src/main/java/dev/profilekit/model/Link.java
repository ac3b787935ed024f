package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A profile on another site (JSON Resume's basics.profiles). */
@Value.Immutable
public interface Link extends Extensible, WithLink {
  /** {@return the site, e.g. "GitHub"} */
  Optional<String> network();

  /** {@return the person's name on that site} */
  Optional<String> username();

  /** {@return the address of the person's page on that site} */
  Optional<String> url();

  /** {@return a new, empty builder for {@link Link} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Link}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableLink.Builder {
    Builder() {}
  }
}
