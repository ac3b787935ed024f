package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A publication. */
@Value.Immutable
public interface Publication extends Extensible, Identified, WithPublication {
  @Override
  Optional<String> id();

  /** {@return the title of the publication} */
  Optional<String> name();

  /** {@return who published it: a journal, a conference, a publisher} */
  Optional<String> publisher();

  /** {@return when it was published} */
  Optional<PartialDate> releaseDate();

  /** {@return where it can be read} */
  Optional<String> url();

  /** {@return what it is about, in Markdown} */
  Optional<String> summary();

  /** {@return a new, empty builder for {@link Publication} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publication}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutablePublication.Builder {
    Builder() {}
  }
}
