package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.render.internal.Labels;
import dev.profilekit.render.internal.OutputLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The language of a Markdown page's words, the same way both ways: the writer takes the output
 * language ({@link OutputLanguage}) and, when the page's front matter {@code lang} will not say
 * it, records it as {@code profilekit: lang:}; the reader takes that, else the front matter's
 * {@code lang}. Pages use the shipped labels only: a theme's labels would not read back.
 */
final class PageLanguage {
  private PageLanguage() {}

  /** The words of a page in this language (English when none or no language tag). */
  static MarkdownWords words(Optional<String> tag) {
    // A language without labels was written in English, with a warning when it was written.
    return tag.filter(OutputLanguage::isTag)
        .map(language -> MarkdownWords.of(Labels.of(language.strip(), Optional.empty(), new ArrayList<>())))
        .orElse(MarkdownWords.english());
  }

  /** The words to write a profile in; a fallback to other labels is reported in {@code losses}. */
  static MarkdownWords forWriting(Profile profile, WriteOptions options, List<Diagnostic> losses) {
    return OutputLanguage.of(profile, options, losses)
        .map(tag -> MarkdownWords.of(Labels.of(tag, Optional.empty(), losses)))
        .orElse(MarkdownWords.english());
  }

  /** The tag to record in the namespace: the output language, when the reader would take another from the page. */
  static Optional<String> toRecord(Profile profile, WriteOptions options) {
    if (options.language().isEmpty() || !OutputLanguage.isTag(options.language().get())) {
      return Optional.empty();
    }
    Object pageLanguage = options.frontMatter().containsKey("lang") ? options.frontMatter().get("lang") : profile.frontMatter().get("lang");
    String readBack = pageLanguage != null && OutputLanguage.isTag(pageLanguage.toString()) ? pageLanguage.toString().strip() : "en";
    String tag = options.language().get().strip();
    return tag.equals(readBack) ? Optional.empty() : Optional.of(tag);
  }
}
