package dev.profilekit.render.markdown;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.render.markdown.internal.DocumentWriter;

/**
 * Writes GitHub-flavoured Markdown with YAML front matter for Jekyll and Hugo; with a target in
 * the options, the answers document for that target instead. {@link MarkdownReader} reads the
 * output back to an equal profile. Stateless and thread-safe.
 */
public final class MarkdownWriter implements ProfileWriter {
  @Override
  public WriteResult write(Profile profile, WriteOptions options) {
    return DocumentWriter.write(profile, options);
  }
}
