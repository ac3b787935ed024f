package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WarmUpCommandTest {
  @Test
  void leavesTheBinaryFormatsOutOfAnAotCacheRecording() {
    assertThat(WarmUpCommand.formatsToExercise(true)).extracting(Format::id)
        .contains("yaml", "json", "jsonresume", "markdown", "html")
        .doesNotContain("pdf");
    assertThat(WarmUpCommand.formatsToExercise(true)).allMatch(Format::isText);
  }

  @Test
  void exercisesEveryWriterForAClassDataSharingArchive() {
    assertThat(WarmUpCommand.formatsToExercise(false)).extracting(Format::id)
        .contains("yaml", "html", "pdf");
  }

  @Test
  void trainsOnTheReadmesExample() throws IOException {
    assertThat(WarmUpCommand.sampleBytes()).isEqualTo(Files.readAllBytes(Path.of("../examples/full.yaml")));
  }

  @Test
  void runsQuietlyEitherWayAndLeavesNoScratchFiles() throws IOException {
    long before = scratchDirectories();
    for (String[] args : new String[][] {{"warm-up"}, {"warm-up", "--text-formats-only"}}) {
      CliRunner.Result result = CliRunner.run(args);
      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).isEmpty();
    }
    assertThat(scratchDirectories()).isEqualTo(before);
  }

  private static long scratchDirectories() throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries.filter(path -> path.getFileName().toString().startsWith("profile-warm-up-")).count();
    }
  }
}
