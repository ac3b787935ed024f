package dev.profilekit.model.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.ProfileKit;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlays;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A translation's marks of the base text it translates: stale and unmarked fields, at their positions. */
class OverlayStalenessTest {
  private static final String BASE = """
      schemaVersion: 1
      person:
        name: Ada Lindqvist
        label: Engineer
      work:
        - id: acme
          name: Acme Tools
          position: Builder
          startDate: 2019-03
          highlights: [Shipped the lathe, Led two]
      """;

  private static Profile read(String yaml) {
    ReadResult result = ProfileKit.read(yaml.getBytes(StandardCharsets.UTF_8), "me.yaml");
    assertThat(result.diagnostics()).extracting(Diagnostic::format).isEmpty();
    return result.profile().orElseThrow();
  }

  private static List<String> formatted(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::format).toList();
  }

  @Test
  void theMarksAreShortHashesOfTheBaseTextByPathWithEntriesById() {
    Profile profile = read(BASE + """
        translations:
          de:
            person:
              label: Ingenieurin
            work:
              - id: acme
                position: Baumeisterin
                highlights: [Die Drehbank ausgeliefert, Zwei geführt]
        """);

    // The hash of a text is the start of its SHA-256, as `printf '%s' Engineer | sha256sum` shows.
    assertThat(Overlays.marks(profile, "de")).contains(Map.of(
        "person.label", "d93352a7",
        "work[acme].position", hashOf("Builder"),
        "work[acme].highlights", hashOf("Shipped the lathe\nLed two")));
    assertThat(Overlays.marks(profile, "fr")).isEmpty();
  }

  @Test
  void aFieldWhoseBaseChangedAfterItsMarkIsStaleAtTheTranslationsPosition() {
    String translation = """
        translations:
          de:
            person:
              label: Ingenieurin
            work:
              - id: acme
                position: Baumeisterin
            translatedFrom:
              person.label: "d93352a7"
              work[acme].position: "%s"
        """.formatted(hashOf("Builder"));
    Profile fresh = read(BASE + translation);
    assertThat(Overlays.staleness(fresh, "de")).isEmpty();

    Profile changed = read(BASE.replace("position: Builder", "position: Lead builder") + translation);

    assertThat(formatted(Overlays.staleness(changed, "de"))).containsExactly(
        "me.yaml:17:19: warning: the base text of `work[acme].position` changed after it was translated (marked "
            + hashOf("Builder") + ", now " + hashOf("Lead builder") + ") (at $.translations.de.work[0].position)"
            + " [stale-translation]\n  hint: update the translation, then its mark to \"" + hashOf("Lead builder") + "\"");
    ReadResult resolved = Overlays.resolve(changed, Optional.of("de"), Optional.empty());
    assertThat(resolved.diagnostics()).extracting(Diagnostic::code).contains("stale-translation");
  }

  @Test
  void aTranslatedFieldWithoutMarkAndATranslationWithoutAnyAreReported() {
    Profile partly = read(BASE + """
        translations:
          de:
            person:
              label: Ingenieurin
            work:
              - id: acme
                position: Baumeisterin
            translatedFrom:
              person.label: "d93352a7"
        """);
    assertThat(formatted(Overlays.staleness(partly, "de"))).containsExactly(
        "me.yaml:17:19: warning: `work[acme].position` has no mark in translatedFrom: whether its base text changed"
            + " after it cannot be told (at $.translations.de.work[0].position) [translation-unmarked]\n"
            + "  hint: add `work[acme].position: \"" + hashOf("Builder") + "\"` under translatedFrom once the translation is"
            + " checked against the base");

    Profile unmarked = read(BASE + "translations:\n  de:\n    person:\n      label: Ingenieurin\n");
    assertThat(Overlays.staleness(unmarked, "de")).extracting(Diagnostic::code).containsExactly("translation-unmarked");
    // Resolving does not nag about a translation that never opted in to marks.
    assertThat(Overlays.resolve(unmarked, Optional.of("de"), Optional.empty()).diagnostics())
        .extracting(Diagnostic::code).doesNotContain("translation-unmarked");
  }

  @Test
  void aMarkOfAFieldTheTranslationDoesNotTranslateIsAWarningWithDidYouMean() {
    ReadResult result = ProfileKit.read((BASE + """
        translations:
          de:
            person:
              label: Ingenieurin
            translatedFrom:
              person.lable: "d93352a7"
              person.label: 12345678
        """).getBytes(StandardCharsets.UTF_8), "me.yaml");

    assertThat(formatted(result.diagnostics())).containsExactly(
        "me.yaml:16:7: warning: translation `de` marks `person.lable`, which it does not translate"
            + " (at $.translations.de.translatedFrom['person.lable']) [unknown-translated-from]\n  hint: did you mean `person.label`?",
        "me.yaml:17:21: error: translation `de`: the mark of `person.label` must be 8 hex digits in quotes, found a number"
            + " (at $.translations.de.translatedFrom['person.label']) [bad-translated-from]\n"
            + "  hint: print the marks with `profile translate --mark de FILE`");
  }

  private static String hashOf(String text) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 4);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
