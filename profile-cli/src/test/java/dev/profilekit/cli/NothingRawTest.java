package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches the terminal and the command line's own checks: nothing raw, nothing unchecked. */
class NothingRawTest {
  @TempDir Path dir;

  @Test
  void terminalControlCharactersFromAProfileWereEchoedRawAndAreNowEscapedInEveryMessage() throws Exception {
    Path file = dir.resolve("me.yaml");
    Files.writeString(file, "schemaVersion: 1\nperson:\n  name: A\n  email: \"\\e]0;pwned\\a\\e[2J\"\n"
        + "  url: \"http://a\\nb\"\n");

    CliRunner.Result result = run("validate", file.toString());

    assertThat(result.err()).doesNotContain("\u001b").doesNotContain("\u0007")
        .contains("\\u001b]0;pwned\\u0007\\u001b[2J");
    assertThat(result.err().lines().filter(line -> line.contains("http://a")))
        .allSatisfy(line -> assertThat(line).contains("http://a\\u000ab"));
  }

  @Test
  void aNegativeMaxInputBytesWasAcceptedAndIsNowAUsageError() throws Exception {
    Path file = dir.resolve("me.yaml");
    Files.writeString(file, "schemaVersion: 1\nperson:\n  name: A\n");

    CliRunner.Result result = run("validate", file.toString(), "--max-input-bytes", "-1");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--max-input-bytes must be 0 or more, not -1");
  }

  @Test
  void aMaxInputBytesAtTheLargestLongStillReadsNormally() throws Exception {
    Path file = dir.resolve("me.yaml");
    Files.writeString(file, "schemaVersion: 1\nperson:\n  name: A\n");

    CliRunner.Result result = run("validate", file.toString(), "--max-input-bytes", String.valueOf(Long.MAX_VALUE));

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
  }

  @Test
  void aUtf16FileWasCalledBinaryAndIsNowNamedWithExit3() throws Exception {
    Path file = dir.resolve("me.yaml");
    Files.write(file, "schemaVersion: 1\nperson:\n  name: A\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));

    CliRunner.Result result = run("validate", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(result.err()).contains("UTF-16").contains("UTF-8 is needed").doesNotContain("binary");
  }

  @Test
  void aThemePartialIncludingItselfWasAStackTraceAndIsNowExit2() throws Exception {
    Path theme = Files.createDirectories(dir.resolve("theme"));
    Files.writeString(theme.resolve("header.mustache"), "{{> header}}\n");
    Path file = dir.resolve("me.yaml");
    Files.writeString(file, "schemaVersion: 1\nperson:\n  name: A\n");

    CliRunner.Result result = run("convert", file.toString(), "--to", "html", "--theme", theme.toString(),
        "-o", dir.resolve("me.html").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("a partial includes itself").doesNotContain("\tat ");
    assertThat(result.err().lines()).hasSize(1);
  }
}
