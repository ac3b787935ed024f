package dev.profilekit.render.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which language a page is written in, the one rule every localising writer follows:
 * {@link WriteOptions#language()} (the CLI's {@code --lang}), else a front matter {@code lang}
 * set for the write, else the profile's own front matter {@code lang}, else English.
 */
public final class OutputLanguage {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  private OutputLanguage() {}

  /** The tag, or empty for English; one that is no language tag is a warning, and English. */
  public static Optional<String> of(Profile profile, WriteOptions options, List<Diagnostic> warnings) {
    if (options.language().isPresent()) {
      String tag = options.language().get().strip();
      if (LANGUAGE_TAG.matcher(tag).matches()) {
        return Optional.of(tag);
      }
      warnings.add(Diagnostic.warning("bad-language", "the output language '" + tag + "' is not a language tag; using 'en'"));
      return Optional.empty();
    }
    Object wanted = options.frontMatter().containsKey("lang")
        ? options.frontMatter().get("lang")
        : profile.frontMatter().get("lang");
    if (wanted == null) {
      return Optional.empty();
    }
    String tag = wanted.toString().strip();
    if (LANGUAGE_TAG.matcher(tag).matches()) {
      return Optional.of(tag);
    }
    warnings.add(Diagnostic.warning("bad-language", "the front matter 'lang' is not a language tag; using 'en'")
        .withPath("$.frontMatter.lang"));
    return Optional.empty();
  }

  /** Whether the text is a language tag as this class takes one ({@code de}, {@code pt-BR}). */
  public static boolean isTag(String text) {
    return LANGUAGE_TAG.matcher(text.strip()).matches();
  }

  /** The labels of the page's language, a theme's own laid over them. */
  public static Labels labels(Profile profile, WriteOptions options, List<Diagnostic> warnings) {
    return of(profile, options, warnings)
        .map(tag -> Labels.of(tag, options.themeDirectory(), warnings))
        .orElseGet(() -> options.themeDirectory().isPresent() ? Labels.of("en", options.themeDirectory(), warnings) : Labels.english());
  }
}
