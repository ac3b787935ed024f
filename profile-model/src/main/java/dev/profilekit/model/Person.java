package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Who the profile is about: identity, contact and links (JSON Resume's {@code basics}). */
@Value.Immutable
public interface Person extends Extensible, WithPerson {
  Optional<String> name();

  /** The headline, e.g. "Research engineer". */
  Optional<String> label();

  Optional<String> image();

  Optional<String> email();

  Optional<String> phone();

  Optional<String> url();

  /** Markdown. */
  Optional<String> summary();

  Optional<Location> location();

  List<Link> links();

  /** A builder for {@link Person} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
