package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, run as users run it. */
class ProfileJarIT {
  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run java(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("profile.jar")));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void theJarRunsAndConvertsTheFullExample() throws Exception {
    Run version = java("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("profile ");

    Path out = dir.resolve("full.json");
    Run convert = java("convert", System.getProperty("examples.dir") + "/full.yaml", "-o", out.toString());
    assertThat(convert.exitCode()).as(convert.err()).isZero();
    assertThat(Files.readString(out)).contains("\"name\": \"Mara Lindqvist\"");
  }

  @Test
  void theJarReportsBadInputInOneLineWithoutAStackTrace() throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "schemaVersion: 1\nperson: [\n");

    Run run = java("validate", broken.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(run.err()).contains("broken.yaml:").doesNotContain("\tat ").doesNotContain("Exception");
  }
}
