package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar's outputs under conditions only a real process meets: a full device, signals.
 * SIGINT runs the same JVM shutdown hooks as SIGTERM, but a process started in the
 * background of a non-interactive shell ignores it, so scripts/output-safety-test.sh checks it
 * with job control on, and a full file system (a tiny tmpfs) as well.
 */
class OutputSafetyJarIT {
  @TempDir Path dir;

  private static ProcessBuilder java(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("profile.jar")));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  @Test
  void aFullStandardOutputExitsFive() throws Exception {
    Process process = java("convert", System.getProperty("examples.dir") + "/full.yaml", "--to", "json")
        .redirectOutput(new java.io.File("/dev/full")).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isEqualTo(ExitCode.UNWRITABLE);
    assertThat(err).contains("cannot write to standard output").doesNotContain("Exception");
  }

  @Test
  void devFullAsTheOutputIsWrittenThroughAndFailsWithFive() throws Exception {
    Process process = java("convert", System.getProperty("examples.dir") + "/full.yaml", "--to", "json", "-o", "/dev/full").start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isEqualTo(ExitCode.UNWRITABLE);
    assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
  }

  @Test
  void sigtermDuringAJsonLinesRunLeavesNoTemporaryFile() throws Exception {
    Path out = dir.resolve("profiles.jsonl");
    // Standard input stays open, so the run waits with its temporary output open.
    Process process = java("convert", "-", "--from", "jsonl", "--to", "jsonl", "-o", out.toString()).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write("{\"schemaVersion\": 1, \"person\": {\"name\": \"Ada\"}}\n".getBytes(StandardCharsets.UTF_8));
      in.flush();
      while (temporaryFiles().isEmpty()) {
        assertThat(process.waitFor(20, TimeUnit.MILLISECONDS)).as("the run ended before it opened its output").isFalse();
      }

      Process kill = new ProcessBuilder("kill", "-TERM", Long.toString(process.pid())).start();
      assertThat(kill.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } catch (IOException closedByTheExit) {
      // Closing standard input after the process ended: nothing to do.
    }

    assertThat(temporaryFiles()).isEmpty();
    assertThat(out).doesNotExist();
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
