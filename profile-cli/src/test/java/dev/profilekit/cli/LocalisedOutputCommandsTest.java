package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --lang}: the translation, and the labels and dates of its language, in HTML, Markdown and PDF. */
class LocalisedOutputCommandsTest {
  private final String example = Examples.directory().resolve("overlays/mira.yaml").toString();

  @Test
  void htmlInGermanHasGermanHeadingsAndDates() {
    CliRunner.Result result = run("convert", example, "--lang", "de", "--to", "html");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("<html lang=\"de\">", ">Berufserfahrung</h2>", ">März 2019</time> – heute",
        ">Januar 2016</time> – <time datetime=\"2016-06\">Juni 2016</time>");
  }

  @Test
  void markdownInGermanReadsBackToTheGermanProfile(@TempDir Path directory) {
    String page = directory.resolve("mira.de.md").toString();
    CliRunner.Result written = run("convert", example, "--lang", "de", "--to", "markdown", "-o", page);
    CliRunner.Result back = run("convert", page, "--to", "yaml");

    assertThat(written.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(written.err()).isEmpty();
    assertThat(back.err()).isEmpty();
    assertThat(back.out()).isEqualTo(run("convert", example, "--lang", "de", "--to", "yaml").out());
  }

  @Test
  void pdfInGermanShowsGermanHeadingsAndDates(@TempDir Path directory) throws IOException {
    Path pdf = directory.resolve("mira.de.pdf");
    CliRunner.Result result = run("convert", example, "--lang", "de", "--to", "pdf", "-o", pdf.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).isEmpty();
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("BERUFSERFAHRUNG", "März 2019 – heute", "Erstellt mit Profile Kit");
    }
  }

  @Test
  void aFrontMatterLangTakesOverThePageLanguage() {
    CliRunner.Result result = run("convert", example, "--lang", "de", "--front-matter", "lang=fr", "--to", "markdown");

    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("lang: fr", "## Expérience professionnelle", "Leitende Ingenieurin", "mars 2019 – aujourd’hui")
        .doesNotContain("profilekit:\n  lang");
  }

  @Test
  void aPdfInALanguageItsFontsCannotDrawSaysSo(@TempDir Path directory) throws IOException {
    Path japanese = directory.resolve("ja.yaml");
    Files.writeString(japanese, "schemaVersion: 1\nfrontMatter:\n  lang: ja\nperson:\n  name: Mira\nwork:\n  - name: Tidewater\n    startDate: 2019-03\n");

    CliRunner.Result result = run("convert", japanese.toString(), "--to", "pdf", "-o", directory.resolve("ja.pdf").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).contains("[missing-glyph]", "the labels of 'ja'");
  }
}
