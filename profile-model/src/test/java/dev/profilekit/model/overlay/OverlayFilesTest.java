package dev.profilekit.model.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlays;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.OverlayFiles;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlays in files of their own beside the profile: named in it, found by name, or every one beside it. */
class OverlayFilesTest {
  private static final String BASE = """
      schemaVersion: 1
      person:
        name: Ada Lindqvist
        label: Engineer
        phone: "+46 8 5550100"
      work:
        - id: acme
          name: Acme Tools
          position: Builder
          startDate: 2019-03
          endDate: 2021-01
      """;

  @TempDir Path directory;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text);
  }

  private static ReadResult read(Path file, OverlayFiles files) {
    return Profiles.read(Formats.standard(), file, Optional.empty(), ReadOptions.defaults(), files);
  }

  private List<String> formatted(ReadResult result) {
    return result.diagnostics().stream().map(Diagnostic::format).map(line -> line.replace(directory + "/", "")).toList();
  }

  @Test
  void aTranslationNamedInTheProfileIsReadFromItsFile() throws IOException {
    Path me = write("me.yaml", BASE + "translations:\n  de: me.de.yaml\n");
    write("me.de.yaml", "person:\n  label: Ingenieurin\n");

    ReadResult read = Profiles.read(me);

    assertThat(read.diagnostics()).isEmpty();
    Profile profile = read.profile().orElseThrow();
    assertThat(profile.translations().get("de").file()).isEmpty();
    assertThat(profile.sourceMap().positionOf("$.translations.de.person.label").orElseThrow().toString())
        .isEqualTo(directory.resolve("me.de.yaml") + ":2:10");
    Profile german = Overlays.resolve(profile, Optional.of("de"), Optional.empty()).profile().orElseThrow();
    assertThat(german.person().label()).contains("Ingenieurin");
  }

  @Test
  void aChosenLanguageOrVariantIsFoundByNameBesideTheProfile() throws IOException {
    Path me = write("me.yaml", BASE);
    write("me.de.yaml", "person:\n  label: Ingenieurin\n");
    write("me.public.yaml", "person:\n  phone: null\n");

    assertThat(read(me, OverlayFiles.listed()).profile().orElseThrow().translations()).isEmpty();
    Profile profile = read(me, OverlayFiles.forChoice(Optional.of("de-AT"), Optional.of("public"))).profile().orElseThrow();
    assertThat(profile.translations()).containsOnlyKeys("de");
    assertThat(profile.variants()).containsOnlyKeys("public");
    Profile chosen = Overlays.resolve(profile, Optional.of("de"), Optional.of("public")).profile().orElseThrow();
    assertThat(chosen.person().phone()).isEmpty();
    assertThat(chosen.person().label()).contains("Ingenieurin");
  }

  @Test
  void anOverlayFileIsCheckedAgainstTheBaseAtItsOwnPositions() throws IOException {
    Path me = write("me.yaml", BASE);
    write("me.de.yaml", "person:\n  lable: Ingenieurin\nwork:\n  - id: acm\n    position: Baumeisterin\n");

    ReadResult read = read(me, OverlayFiles.forChoice(Optional.of("de"), Optional.empty()));

    assertThat(read.profile()).isEmpty();
    assertThat(formatted(read)).containsExactly(
        "me.de.yaml:2:3: error: translation `de`: unknown key `lable` in person (at $.translations.de.person.lable)"
            + " [unknown-key]\n  hint: did you mean `label`?",
        "me.de.yaml:4:9: error: translation `de`: no entry of `work` has the id `acm` (at $.translations.de.work[0].id)"
            + " [overlay-unknown-id]\n  hint: did you mean `acme`?");
  }

  @Test
  void anOverlayBothInTheProfileAndInAFileBesideItIsAnErrorNamingBoth() throws IOException {
    Path me = write("me.yaml", BASE + "translations:\n  de:\n    person:\n      label: Ingenieurin\n");
    write("me.de.yaml", "person:\n  label: Ingenieurin\n");

    ReadResult read = read(me, OverlayFiles.forChoice(Optional.of("de"), Optional.empty()));

    assertThat(read.profile()).isEmpty();
    assertThat(formatted(read)).containsExactly(
        "me.yaml:14:5: error: translation `de` is written twice: in the profile at me.yaml:14:5 and in me.de.yaml:1:1"
            + " (at $.translations.de) [overlay-twice]\n  hint: keep one: remove `de:` from translations, or delete or rename me.de.yaml");
  }

  @Test
  void everyFileBesideIsReadForValidationLanguagesAsTranslationsTheRestAsVariants() throws IOException {
    Path me = write("me.yaml", BASE);
    write("me.pt-BR.yaml", "person:\n  label: Engenheira\n");
    write("me.public.yaml", "work:\n  - id: acme\n    endDate: 2018-01\n");
    write("me.old.backup.yaml", "not: an overlay\n");
    write("other.de.yaml", "not: an overlay\n");

    ReadResult read = read(me, OverlayFiles.everyBeside());

    assertThat(formatted(read)).containsExactly(
        "me.public.yaml:3:14: error: variant `public`: ends (2018-01) before it starts (2019-03)"
            + " (at $.variants.public.work[0].endDate) [end-before-start]\n  hint: swap the dates, or correct the one that is wrong");
    assertThat(OverlayFiles.isOverlayFile(directory.resolve("me.pt-BR.yaml"))).isTrue();
    assertThat(OverlayFiles.isOverlayFile(directory.resolve("other.de.yaml"))).isFalse();
    assertThat(OverlayFiles.isOverlayFile(me)).isFalse();
  }

  @Test
  void aNamedFileThatIsMissingOrLeavesTheDirectoryIsAnErrorAtTheName() throws IOException {
    Path missing = write("me.yaml", BASE + "variants:\n  public: me.public.yaml\n");
    assertThat(formatted(Profiles.read(missing))).containsExactly(
        "me.yaml:13:11: error: variant `public` is in me.public.yaml, which does not exist"
            + " (at $.variants.public) [overlay-file-missing]\n"
            + "  hint: create the file with the fields the variant changes, or correct its name");

    Path outside = write("out.yaml", BASE + "variants:\n  public: ../secrets.yaml\n");
    assertThat(formatted(Profiles.read(outside))).containsExactly(
        "out.yaml:13:11: error: the overlay file `../secrets.yaml` leaves the profile's directory (at $.variants.public)"
            + " [bad-overlay-file]\n  hint: name a .yaml, .yml or .json file in the profile's directory or below it, e.g. me.public.yaml");
  }

  @Test
  void anOverlayFileNotReadCannotBeChosen() {
    ReadResult read = dev.profilekit.ProfileKit.read((BASE + "translations:\n  de: me.de.yaml\n").getBytes(), "me.yaml");
    Profile profile = read.profile().orElseThrow();
    assertThat(profile.translations().get("de").file()).contains("me.de.yaml");

    ReadResult resolved = Overlays.resolve(profile, Optional.of("de"), Optional.empty());

    assertThat(resolved.profile()).isEmpty();
    assertThat(resolved.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "me.yaml:13:7: error: the translation `de` is in the file me.de.yaml, which was not read with the profile"
            + " (at $.translations.de) [overlay-file-not-read]\n"
            + "  hint: read the profile from its file (not standard input), so that the files beside it can be found");
  }
}
