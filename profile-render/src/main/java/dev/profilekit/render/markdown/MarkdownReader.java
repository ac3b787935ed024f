package dev.profilekit.render.markdown;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.render.markdown.internal.DocumentReader;

/**
 * Reads a Markdown page: YAML, TOML or JSON front matter, then headings as nested sections with
 * their text as written; CR, LF and CRLF all end lines. Pages this library wrote read back to the
 * profile they were written from; for hand-written pages, the person's name, network profiles
 * and email as the page gives them, a list of links and groups of a posting's requirements are
 * also read into the typed model (see {@code docs/markdown.md}). Settings:
 * {@code markdown.heading.TITLE=MEANING}. Stateless and thread-safe.
 */
public final class MarkdownReader implements ProfileReader {
  /** Creates a reader; it keeps no state between pages, so one may be shared by threads. */
  public MarkdownReader() {}

  @Override
  public ReadResult read(Input input, ReadOptions options) {
    return DocumentReader.read(input, options);
  }
}
