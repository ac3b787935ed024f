package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.Examples;
import org.junit.jupiter.api.Test;

/** {@code --lang} and {@code --variant} on the commands, with the overlay example. */
class OverlayCommandsTest {
  private final String example = Examples.directory().resolve("overlays/mira.yaml").toString();

  @Test
  void convertLaysTheVariantAndTheTranslationOverTheBase() {
    CliRunner.Result result = run("convert", example, "--lang", "de", "--variant", "public", "--to", "yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("label: Forschungsingenieurin").contains("position: Leitende Ingenieurin")
        .doesNotContain("phone").doesNotContain("Beispielweg").doesNotContain("Harbour Labs")
        .doesNotContain("translations:").doesNotContain("variants:");
  }

  @Test
  void aTranslatedPageCarriesItsLanguage() {
    CliRunner.Result german = run("convert", example, "--lang", "de", "--to", "html");
    assertThat(german.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(german.out()).contains("<html lang=\"de\"").contains("Forschungsingenieurin");
    assertThat(run("convert", example, "--variant", "public", "--to", "html").out()).contains("<html lang=\"en\"");
  }

  @Test
  void anUnknownLanguageOrVariantIsAnErrorListingWhatTheProfileHas() {
    CliRunner.Result language = run("convert", example, "--lang", "fr", "--to", "yaml");
    assertThat(language.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(language.out()).isEmpty();
    assertThat(language.err()).contains("no translation `fr`").contains("translations in the profile: de");

    CliRunner.Result variant = run("convert", example, "--variant", "publc", "--to", "yaml");
    assertThat(variant.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(variant.err()).contains("did you mean `public`?");
  }

  @Test
  void aFormatWithoutOverlaysWarnsThatOnlyTheBaseIsWritten() {
    CliRunner.Result result = run("convert", example, "--to", "html");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).contains("[overlays-not-written]").contains("translations (de)").contains("variants (public)");
    assertThat(run("convert", example, "--to", "html", "--strict").exitCode()).isEqualTo(ExitCode.INVALID);
    // A Markdown page keeps them in its front matter.
    CliRunner.Result page = run("convert", example, "--to", "markdown");
    assertThat(page.err()).isEmpty();
    assertThat(page.out()).contains("profilekit:\n  translations:\n    de:\n");
  }

  @Test
  void nativeOutputKeepsTheOverlaysWithoutWarning() {
    CliRunner.Result result = run("convert", example, "--to", "json");

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("\"translations\"").contains("\"remove\": true");
  }

  @Test
  void aFormatGivesTheOverlaysBackOrWarnsThatItDroppedThem() throws java.io.IOException {
    java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("overlays-round-trip");
    String expected = run("convert", example, "--to", "yaml").out();
    for (dev.profilekit.model.format.Format format : dev.profilekit.model.format.Formats.standard().all()) {
      if (format.reader().isEmpty() || format.writer().isEmpty()) {
        continue;
      }
      String written = directory.resolve("mira" + format.fileExtensions().get(0)).toString();
      CliRunner.Result out = run("convert", example, "--to", format.id(), "-o", written);
      boolean kept = run("convert", written, "--from", format.id(), "--to", "yaml").out().contains("translations:");
      assertThat(out.err().contains("[overlays-not-written]")).as(format.id() + " warns exactly when it drops them").isEqualTo(!kept);
      if (kept) {
        assertThat(run("convert", written, "--from", format.id(), "--to", "yaml").out()).as(format.id()).isEqualTo(expected);
      }
    }
  }

  @Test
  void checkAndConvertTakeBothOptionsAndAFullTranslationLeavesNothingUntranslated() {
    CliRunner.Result result = run("check", example, "--lang", "de", "--variant", "public");

    assertThat(result.err()).doesNotContain("[untranslated]");
    CliRunner.Result partly = run("convert", example, "--variant", "public", "--lang", "de", "--to", "markdown");
    assertThat(partly.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(partly.out()).contains("Forschungsingenieurin");
  }

  @Test
  void severalInputsRefuseTheOptionsRatherThanIgnoreThem() {
    CliRunner.Result result = run("convert", example, Examples.directory().resolve("minimal.yaml").toString(),
        "--lang", "de", "--to", "yaml", "-o", "out-dir");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--lang and --variant work on one input file");
  }
}
