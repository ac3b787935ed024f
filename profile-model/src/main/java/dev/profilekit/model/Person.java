package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Who the profile is about: identity, contact and links (JSON Resume's {@code basics}). */
@Value.Immutable
public interface Person extends Extensible, WithPerson {
  /** {@return the person's name as they write it} */
  Optional<String> name();

  /** {@return the headline, e.g. "Research engineer"} */
  Optional<String> label();

  /** {@return the address of a photo of the person} */
  Optional<String> image();

  /** {@return the person's e-mail address} */
  Optional<String> email();

  /** {@return the person's phone number, as they write it} */
  Optional<String> phone();

  /** {@return the person's own web site} */
  Optional<String> url();

  /** {@return a short introduction of the person, in Markdown} */
  Optional<String> summary();

  /** {@return where the person lives or works} */
  Optional<Location> location();

  /** {@return the person's profiles on other sites} */
  List<Link> links();

  /** {@return a new, empty builder for {@link Person} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
