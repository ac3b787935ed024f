package dev.profilekit.model.format;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How to write: which target to answer, front matter to set, a theme, format settings. */
@Value.Immutable
public interface WriteOptions {
  /** The id of the target whose answers to write, for writers that can. */
  Optional<String> target();

  /** Front matter keys to set (e.g. layout, permalink), for writers that write front matter. */
  Map<String, String> frontMatter();

  /** A theme directory, for writers that have themes. */
  Optional<Path> themeDirectory();

  /** Format-specific settings. */
  Map<String, String> settings();

  static WriteOptions defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WriteOptions}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableWriteOptions.Builder {
    Builder() {}
  }
}
