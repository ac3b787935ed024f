package dev.profilekit.model.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.ProfileKit;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlays;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Work;
import dev.profilekit.model.format.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Translations and variants: read, checked against the base, resolved, written back. */
class OverlaysTest {
  private static final String BASE = """
      schemaVersion: 1
      person:
        name: Mira Okonkwo-Lind
        label: Research engineer
        phone: "+49 30 0000000"
        summary: I build measurement pipelines.
      work:
        - id: tidewater
          name: Tidewater Instruments
          position: Lead engineer
          startDate: 2019-03
          highlights:
            - Cut calibration time in half
        - id: harbour
          name: Harbour Labs
          position: Intern
          startDate: 2016-01
          endDate: 2016-06
      """;

  private static final String OVERLAYS = """
      translations:
        de:
          person:
            label: Forschungsingenieurin
          work:
            - id: tidewater
              position: Leitende Ingenieurin
              highlights:
                - Kalibrierzeit halbiert
            - id: harbour
              position: Praktikantin
      variants:
        public:
          person:
            phone: null
          work:
            - id: harbour
              remove: true
            - id: volunteer-radio
              add: true
              name: Community Radio
              position: Technician
      """;

  private static ReadResult read(String yaml) {
    return ProfileKit.read(yaml.getBytes(StandardCharsets.UTF_8), "me.yaml");
  }

  private static Profile profile() {
    ReadResult result = read(BASE + OVERLAYS);
    assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    return result.profile().orElseThrow();
  }

  private static List<String> formatted(ReadResult result) {
    return result.diagnostics().stream().map(Diagnostic::format).toList();
  }

  @Test
  void aTranslationReplacesTextByPathAndEntriesById() {
    ReadResult result = Overlays.resolve(profile(), Optional.of("de"), Optional.empty());
    Profile german = result.profile().orElseThrow();
    assertThat(german.person().label()).contains("Forschungsingenieurin");
    assertThat(german.person().name()).contains("Mira Okonkwo-Lind");
    assertThat(german.work()).extracting(w -> w.position().orElseThrow())
        .containsExactly("Leitende Ingenieurin", "Praktikantin");
    assertThat(german.work().get(0).highlights()).containsExactly("Kalibrierzeit halbiert");
    assertThat(german.work().get(0).startDate()).isEqualTo(profile().work().get(0).startDate());
    assertThat(german.translations()).isEmpty();
    assertThat(german.variants()).isEmpty();
  }

  @Test
  void aFieldWithoutTranslationFallsBackWithAWarningNamingItsPathAndPosition() {
    ReadResult result = Overlays.resolve(profile(), Optional.of("de"), Optional.empty());
    assertThat(result.profile().orElseThrow().person().summary()).contains("I build measurement pipelines.");
    assertThat(formatted(result))
        .containsExactly("me.yaml:6:12: warning: no `de` translation; the base text is used (at $.person.summary)"
            + " [untranslated]\n  hint: add it under translations.de");
  }

  @Test
  void aVariantRemovesFieldsAndEntriesAndAddsEntries() {
    ReadResult result = Overlays.resolve(profile(), Optional.empty(), Optional.of("public"));
    assertThat(result.diagnostics()).isEmpty();
    Profile published = result.profile().orElseThrow();
    assertThat(published.person().phone()).isEmpty();
    assertThat(published.work()).extracting(w -> w.id().orElseThrow()).containsExactly("tidewater", "volunteer-radio");
    assertThat(published.work().get(1).name()).contains("Community Radio");
  }

  @Test
  void variantAndTranslationCombineAndTheTranslationSkipsWhatTheVariantRemoved() {
    ReadResult result = Overlays.resolve(profile(), Optional.of("de"), Optional.of("public"));
    Profile both = result.profile().orElseThrow();
    assertThat(both.person().phone()).isEmpty();
    assertThat(both.work()).extracting(w -> w.position().orElseThrow())
        .containsExactly("Leitende Ingenieurin", "Technician");
    assertThat(result.diagnostics()).extracting(Diagnostic::path).extracting(Optional::orElseThrow)
        .containsExactly("$.person.summary", "$.work[1].position");
  }

  @Test
  void anUnknownLanguageOrVariantIsAnErrorListingWhatExists() {
    ReadResult language = Overlays.resolve(profile(), Optional.of("fr"), Optional.empty());
    assertThat(language.profile()).isEmpty();
    assertThat(formatted(language)).containsExactly(
        "error: the profile has no translation `fr` [unknown-translation]\n  hint: translations in the profile: de");
    ReadResult variant = Overlays.resolve(profile(), Optional.empty(), Optional.of("publik"));
    assertThat(formatted(variant)).containsExactly(
        "error: the profile has no variant `publik` [unknown-variant]\n  hint: did you mean `public`? variants in the profile: public");
  }

  @Test
  void aRegionalTagFallsBackToItsLanguageWithAWarning() {
    ReadResult result = Overlays.resolve(profile(), Optional.of("de-AT"), Optional.empty());
    assertThat(result.profile().orElseThrow().person().label()).contains("Forschungsingenieurin");
    assertThat(formatted(result)).first().asString()
        .isEqualTo("warning: the profile has no `de-AT` translation; using `de` [translation-fallback]");
  }

  @Test
  void nativeYamlAndJsonRoundTripsKeepOverlaysExactly() {
    Profile original = profile();
    String yaml = ProfileKit.write(original, "yaml").content();
    assertThat(yaml).contains("translations:").contains("remove: true").contains("phone: null");
    Profile fromYaml = read(yaml).profile().orElseThrow();
    assertThat(fromYaml).isEqualTo(original);
    assertThat(fromYaml.variants().get("public").changes()).isEqualTo(original.variants().get("public").changes());
    String json = ProfileKit.write(original, "json").content();
    assertThat(read(json.replace("me.yaml", "me.json")).profile().orElseThrow()).isEqualTo(original);
    assertThat(ProfileKit.write(fromYaml, "yaml").content()).isEqualTo(yaml);
  }

  @Test
  void anUnknownPathInAnOverlayIsAnErrorAtItsPositionWithDidYouMean() {
    ReadResult result = read(BASE + """
        translations:
          de:
            person:
              lable: Forschungsingenieurin
        """);
    assertThat(result.profile()).isEmpty();
    assertThat(formatted(result)).containsExactly(
        "me.yaml:22:7: error: translation `de`: unknown key `lable` in person"
            + " (at $.translations.de.person.lable) [unknown-key]\n  hint: did you mean `label`?");
  }

  @Test
  void anUnknownIdInAnOverlayIsAnErrorAtItsPositionWithDidYouMean() {
    ReadResult result = read(BASE + """
        variants:
          public:
            work:
              - id: tidewatr
                position: Engineer
        """);
    assertThat(formatted(result)).containsExactly(
        "me.yaml:22:13: error: variant `public`: no entry of `work` has the id `tidewatr`"
            + " (at $.variants.public.work[0].id) [overlay-unknown-id]\n  hint: did you mean `tidewater`?");
  }

  @Test
  void aWrongValueInAnOverlayIsReportedLikeTheBase() {
    ReadResult result = read(BASE + """
        variants:
          public:
            work:
              - id: tidewater
                startDate: March
        """);
    assertThat(result.profile()).isEmpty();
    assertThat(formatted(result)).singleElement().asString()
        .startsWith("me.yaml:23:20: error: ")
        .contains("variant `public`: ")
        .contains("(at $.variants.public.work[0].startDate)");
  }

  @Test
  void aTranslationCannotRemoveOrAddAndAnEntryNeedsAnId() {
    ReadResult result = read(BASE + """
        translations:
          de:
            person:
              phone: null
            work:
              - position: Ingenieurin
              - id: harbour
                remove: true
          "not a tag!": {}
        """);
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("translation-removes", "overlay-entry-without-id", "translation-removes", "bad-language-tag");
  }

  @Test
  void anEntryAddedByAVariantMustBeNewAndComplete() {
    ReadResult result = read(BASE + """
        variants:
          public:
            work:
              - id: tidewater
                add: true
              - id: extra
                add: true
                startDate: 2020-13
        """);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).first().isEqualTo("overlay-duplicate-id");
    assertThat(result.diagnostics()).hasSize(2);
    assertThat(result.diagnostics().get(1).path()).contains("$.variants.public.work[1].startDate");
  }

  @Test
  void aProfileWithoutOverlaysResolvesToItself() {
    Profile plain = read(BASE).profile().orElseThrow();
    assertThat(Overlays.present(plain)).isFalse();
    assertThat(Overlays.resolve(plain, Optional.empty(), Optional.empty()).profile()).contains(plain);
    assertThat(Overlays.present(profile())).isTrue();
    Work first = plain.work().get(0);
    assertThat(first.id()).contains("tidewater");
  }
}
