package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Format;
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
  void runsQuietlyEitherWay() {
    for (String[] args : new String[][] {{"warm-up"}, {"warm-up", "--text-formats-only"}}) {
      CliRunner.Result result = CliRunner.run(args);
      assertThat(result.exitCode()).isZero();
      assertThat(result.out()).isEmpty();
      assertThat(result.err()).isEmpty();
    }
  }
}
