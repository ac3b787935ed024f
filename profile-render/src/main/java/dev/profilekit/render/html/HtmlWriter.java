package dev.profilekit.render.html;

import dev.profilekit.spi.TextWriter;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.Overlays;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.render.html.internal.PageRenderer;

/**
 * Writes a profile as one self-contained HTML page: styles inlined, nothing fetched but a
 * profile image given as a URL, schema.org {@code Person} JSON-LD in the head. Every value is
 * escaped, Markdown is sanitised, and only http, https, mailto, tel and relative URLs become
 * links; a refused URL is reported in {@link WriteResult#losses()} (code {@code unsafe-url}).
 *
 * <p>{@link WriteOptions#target()} adds the answers to that target (an unknown id is an
 * {@link IllegalArgumentException} listing the known ones). {@link WriteOptions#themeDirectory()}
 * names a theme directory whose templates replace the default theme's, file by file (see
 * {@code docs/html-themes.md}). A front matter key {@code lang} sets the page's language.
 *
 * <p>Immutable and thread-safe; templates are compiled once per writer, so keep and reuse one.
 */
public final class HtmlWriter implements TextWriter {
  private final PageRenderer renderer = new PageRenderer();

  /** Creates a writer; it keeps no state between pages, so one may be shared by threads. */
  public HtmlWriter() {}

  @Override
  public WriteResult write(Profile profile, WriteOptions options) {
    WriteResult page = renderer.render(profile, options);
    return page.withLoss(Overlays.notWritten(profile, "html"));
  }
}
