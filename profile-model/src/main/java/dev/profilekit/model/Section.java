package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Narrative content in document order — the "Who am I" or "Why I am writing this" parts of an
 * about page. The body is Markdown kept as written; sub-sections nest.
 */
@Value.Immutable
public interface Section extends Extensible, Identified, WithSection {
  @Override
  Optional<String> id();

  /** {@return the section's heading} */
  String title();

  /** {@return the section's text, Markdown kept as written} */
  Optional<String> body();

  /** {@return the sub-sections, in document order} */
  List<Section> sections();

  /** {@return a new, empty builder for {@link Section} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Section}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
