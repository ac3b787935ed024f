package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} and {@code convert --watch} refuse before they start (run in-process; running ones are in LiveJarIT). */
class LiveCommandsTest {
  @TempDir Path dir;

  private Path profile() throws IOException {
    return Files.writeString(dir.resolve("me.yaml"), "schemaVersion: 1\nperson:\n  name: Sam Quill\n");
  }

  @Test
  void serveNeedsAnExistingFile() {
    CliRunner.Result result = CliRunner.run("serve", dir.resolve("missing.yaml").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(result.err()).contains("cannot read ", "missing.yaml: no such file", "profile init");
    assertThat(CliRunner.run("serve", "-").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void serveRefusesAMissingThemeAndAPortOutOfRange() throws IOException {
    Path source = profile();

    CliRunner.Result theme = CliRunner.run("serve", source.toString(), "--theme", dir.resolve("none").toString());
    assertThat(theme.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(theme.err()).contains("theme directory not found");

    CliRunner.Result port = CliRunner.run("serve", source.toString(), "--port", "65536");
    assertThat(port.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(port.err()).contains("--port must be between 0 and 65535");
  }

  @Test
  void watchNeedsAnOutputFileAndInputFiles() throws IOException {
    Path source = profile();

    CliRunner.Result noOutput = CliRunner.run("convert", source.toString(), "--to", "json", "--watch");
    assertThat(noOutput.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noOutput.err()).contains("--watch rewrites a file: add -o OUT");

    CliRunner.Result stdin = CliRunner.run("convert", "-", "--from", "yaml", "-o", dir.resolve("x.json").toString(), "--watch");
    assertThat(stdin.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(stdin.err()).contains("--watch follows files");
  }

  @Test
  void helpListsServeAndWatch() {
    assertThat(CliRunner.run("--help").out()).contains("serve", "live preview");
    assertThat(CliRunner.run("convert", "--help").out()).contains("--watch");
  }
}
