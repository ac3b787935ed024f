package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF through the command: written by its file name, read back to its source, errors in one line. */
class PdfCommandsTest {
  @TempDir Path dir;

  private final String full = Examples.directory().resolve("full.yaml").toString();

  @Test
  void aPdfIsWrittenByItsNameAndReadsBackToTheSameYaml() throws IOException {
    Path pdf = dir.resolve("cv.pdf");
    CliRunner.Result written = run("convert", full, "-o", pdf.toString(), "--set", "pdf.paper=letter");
    assertThat(written.exitCode()).as(written.err()).isZero();
    assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F', '-');
    assertThat(written.err()).contains("[not-shown]");

    CliRunner.Result back = run("convert", pdf.toString(), "--to", "yaml");
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(back.out()).isEqualTo(run("convert", full, "--to", "yaml").out());
  }

  @Test
  void aPdfWithoutAProfileIsOneLineAndExitOne() throws IOException {
    Path plain = dir.resolve("letter.pdf");
    Files.writeString(plain, minimalPdf());
    CliRunner.Result result = run("convert", plain.toString(), "--to", "yaml");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines().findFirst().orElseThrow()).isEqualTo(plain
        + ":1:1: error: this PDF carries no profile (no embedded profile.yaml); only PDFs written by Profile Kit can be read back [no-embedded-profile]");
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anUnknownPaperIsAUsageError() {
    CliRunner.Result result = run("convert", full, "-o", dir.resolve("cv.pdf").toString(), "--set", "pdf.paper=a5");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown paper 'a5' for pdf.paper (known: a4, letter)");
    assertThat(dir.resolve("cv.pdf")).doesNotExist();
  }

  @Test
  void thePaperSettingForAnotherFormatIsAWarning() {
    CliRunner.Result result = run("convert", full, "--to", "json", "--set", "pdf.paper=letter");
    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).contains("--set pdf.paper does nothing when writing json (it is for --to pdf) [unused-setting]");
  }

  @Test
  void aDirectoryConvertsToOnePdfPerProfileEachCarryingItsOwnProfile() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (Path example : Examples.yamlFiles()) {
      Files.copy(example, in.resolve(example.getFileName()));
    }
    Path out = dir.resolve("out");

    CliRunner.Result result = run("convert", in.toString(), "--to", "pdf", "-o", out + "/");

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> written;
    try (Stream<Path> files = Files.list(out)) {
      written = files.map(file -> file.getFileName().toString()).sorted().toList();
    }
    List<String> expected = Examples.yamlFiles().stream()
        .map(example -> example.getFileName().toString().replaceFirst("\\.yaml$", ".pdf")).sorted().toList();
    assertThat(written).isEqualTo(expected);
    for (Path example : Examples.yamlFiles()) {
      Path pdf = out.resolve(example.getFileName().toString().replaceFirst("\\.yaml$", ".pdf"));
      assertThat(Files.readAllBytes(pdf)).startsWith('%', 'P', 'D', 'F', '-');
      CliRunner.Result back = run("convert", pdf.toString(), "--to", "yaml");
      assertThat(back.exitCode()).as(back.err()).isZero();
      assertThat(back.out()).as(pdf.toString()).isEqualTo(run("convert", example.toString(), "--to", "yaml").out());
    }
  }

  /** A one-page PDF that some other tool made: no attachments. */
  private static String minimalPdf() {
    String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"};
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString();
  }
}
