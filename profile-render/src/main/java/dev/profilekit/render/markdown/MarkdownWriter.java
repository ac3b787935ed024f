package dev.profilekit.render.markdown;

import dev.profilekit.spi.TextWriter;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.render.markdown.internal.DocumentWriter;

/**
 * Writes GitHub-flavoured Markdown with front matter for Jekyll and Hugo — in the syntax and with
 * the line ends of the page the profile was read from, its front matter as written while it is
 * unchanged, else YAML — and, with a target in the options, the answers document for that target
 * instead. {@link MarkdownReader} reads the output back to an equal profile. Stateless and
 * thread-safe.
 */
public final class MarkdownWriter implements TextWriter {
  /** Creates a writer; it keeps no state between pages, so one may be shared by threads. */
  public MarkdownWriter() {}

  @Override
  public WriteResult write(Profile profile, WriteOptions options) {
    return DocumentWriter.write(profile, options);
  }
}
