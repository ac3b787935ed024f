package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Who the profile is about: identity, contact and links (JSON Resume's {@code basics}). */
@Value.Immutable
public interface Person extends Extensible {
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

  static ImmutablePerson.Builder builder() {
    return ImmutablePerson.builder();
  }
}
