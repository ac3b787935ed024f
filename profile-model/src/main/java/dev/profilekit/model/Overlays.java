package dev.profilekit.model;

import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.internal.overlay.OverlayResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks a profile's translation and variant: the one resolver behind {@code --lang} and
 * {@code --variant}. The variant is laid over the base first, then the translation over that,
 * so a public variant in German is {@code resolve(profile, Optional.of("de"),
 * Optional.of("public"))}. A translation's entries that the variant removed are skipped.
 */
public final class Overlays {
  private Overlays() {}

  /**
   * The profile as the chosen overlays make it, without overlays of its own.
   *
   * <p>Errors (and no profile): a language or variant the profile does not have (the hint lists
   * those it has and suggests the closest), one whose file was not read ({@code
   * overlay-file-not-read}), or a result that is not a valid profile. The resolved profile is
   * validated again ({@link ProfileValidator}): what the overlays broke (an end date before the
   * start date) is reported at the overlay's position, with the profile returned, as {@code
   * Profiles.read} does. Warnings: a requested tag matched only by its language ({@code de-AT}
   * → {@code de}); every prose field the translation does not translate ({@code untranslated},
   * naming its path and position), whose base text is kept; and the {@link #staleness} of the
   * translation. Names of people and organisations are not expected to be translated.
   *
   * @param profile the profile, as read
   * @param language a BCP 47 tag of one of its {@link Profile#translations()}; empty for the base
   *     language
   * @param variant the name of one of its {@link Profile#variants()}; empty for none
   * @return the resolved profile with the diagnostics, or the errors
   */
  public static ReadResult resolve(Profile profile, Optional<String> language, Optional<String> variant) {
    if (language.isEmpty() && variant.isEmpty()) {
      return ReadResult.of(profile, List.of());
    }
    return OverlayResolver.resolve(profile, language, variant);
  }

  /**
   * The codes of what {@link #resolve} reports about a translation's state: fields it leaves in
   * the base language ({@code untranslated}), fields whose base text changed after they were
   * translated ({@code stale-translation}), and fields whose freshness cannot be told because
   * the translation records no mark for them ({@code translation-unmarked}). {@code profile
   * check --lang} puts these in its report.
   */
  public static final Set<String> TRANSLATION_FINDINGS = Set.of("untranslated", "stale-translation", "translation-unmarked");

  /**
   * The fields of a translation whose base text changed after it was translated, and those it
   * records no mark for: a {@code stale-translation} or {@code translation-unmarked} warning each,
   * at the translation's position, with its path ({@code $.translations.de.person.label}). A
   * translation marks each field it translates under {@code translatedFrom} with the first 8 hex
   * digits of the SHA-256 of the base text it was translated from (docs/overlays.md,
   * "Staleness"); {@link #marks} gives them. A translation that records no marks at all is one
   * {@code translation-unmarked} warning. {@link #resolve} reports the same, except that last
   * warning: a translation without marks has not opted in.
   *
   * @param profile the profile, as read
   * @param language the tag of one of its translations
   * @return the warnings, in the translation's order; empty for a tag it has no translation for
   */
  public static List<Diagnostic> staleness(Profile profile, String language) {
    return OverlayResolver.stale(profile, language, true);
  }

  /**
   * The marks that say a translation is up to date with the base as it is now: for each field
   * it translates (by mark path, e.g. {@code person.label} or {@code work[tidewater].position}),
   * the hash of the base text. What {@code profile translate --mark} prints.
   *
   * @param profile the profile, as read
   * @param language the tag of one of its translations
   * @return the marks in the translation's order; empty when the profile has no such translation
   *     (or its file was not read)
   */
  public static Optional<Map<String, String>> marks(Profile profile, String language) {
    return OverlayResolver.marks(profile, language);
  }

  /**
   * Whether a profile carries any overlay, which a format without overlays cannot write as it is.
   *
   * @param profile the profile
   * @return true when it has translations or variants
   */
  public static boolean present(Profile profile) {
    return !profile.translations().isEmpty() || !profile.variants().isEmpty();
  }

  /**
   * The loss a writer of a format without overlays reports for a profile that has some: it
   * writes the base profile, and the translations and variants are not in its output.
   *
   * @param profile the profile being written
   * @param formatId the writing format's id, named in the message
   * @return the warning {@code overlays-not-written} at {@code $.translations} (or {@code
   *     $.variants}), or empty when the profile has no overlays
   */
  public static Optional<Diagnostic> notWritten(Profile profile, String formatId) {
    if (!present(profile)) {
      return Optional.empty();
    }
    List<String> left = new ArrayList<>();
    if (!profile.translations().isEmpty()) {
      left.add("translations (" + String.join(", ", profile.translations().keySet()) + ")");
    }
    if (!profile.variants().isEmpty()) {
      left.add("variants (" + String.join(", ", profile.variants().keySet()) + ")");
    }
    return Optional.of(Diagnostic.warning("overlays-not-written",
            formatId + " has no place for overlays: the base profile is written, without its " + String.join(" and ", left))
        .withPath(profile.translations().isEmpty() ? "$.variants" : "$.translations")
        .withHint("pick one with --lang TAG and/or --variant NAME, or write yaml, json, jsonresume, markdown or pdf to keep them all"));
  }
}
