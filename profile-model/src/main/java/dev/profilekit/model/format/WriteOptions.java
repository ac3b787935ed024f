package dev.profilekit.model.format;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How to write: which target to answer, the language, front matter to set, a theme, format settings. */
@Value.Immutable
public interface WriteOptions {
  /**
   * The id of the target whose answers to write, for writers that can (HTML, Markdown, PDF); a
   * writer that cannot ignores it with a warning in its loss report.
   *
   * @return the target id, or empty to write no target's answers
   */
  Optional<String> target();

  /**
   * The language to write in, a BCP 47 tag ({@code de}, {@code pt-BR}): the labels and dates of
   * writers that add words of their own (HTML, Markdown, PDF), and the HTML page's {@code lang}.
   * It does not pick a translation: resolve the profile with {@link dev.profilekit.model.Overlays}
   * first (the CLI's {@code --lang} does both). Other writers have no words to localise.
   *
   * @return the tag, or empty for a front matter {@code lang} (set here or in the profile), else English
   */
  Optional<String> language();

  /**
   * Front matter keys to set (e.g. layout, permalink), for writers that write front matter.
   *
   * @return the keys and values; empty unless set, never null
   */
  Map<String, String> frontMatter();

  /**
   * A theme directory whose templates and styles replace the built-in ones, for writers that have
   * themes.
   *
   * @return the directory, or empty for the built-in theme
   */
  Optional<Path> themeDirectory();

  /**
   * Settings particular to one format, keyed as that format's {@link Format#options()} declare
   * (e.g. {@code pdf.paper}); {@link dev.profilekit.ProfileKit} and the command line refuse a key
   * the format does not declare, naming the known ones.
   *
   * @return the settings by key; empty unless set, never null
   */
  Map<String, String> settings();

  /**
   * No target, no front matter, the built-in theme, no settings.
   *
   * @return the default write options
   */
  static WriteOptions defaults() {
    return builder().build();
  }

  /**
   * Starts from {@link #defaults()}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WriteOptions}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableWriteOptions.Builder {
    Builder() {}
  }
}
