package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch and a JSON Lines stream account for every input: written, or failed with its diagnostic. */
class NothingLostTest {
  private static final String GOOD = "schemaVersion: 1\nperson:\n  name: Sam Quill\n";

  @TempDir Path dir;

  @Test
  void aFileWhoseConversionOverflowedTheStackWasCountedAsConvertedWithoutOutputAndNowConverts() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.yaml"), GOOD);
    // 5,000 dashes in a summary: flexmark's thematic-break regex recurses once per dash.
    Files.writeString(in.resolve("dashes.yaml"), GOOD + "  summary: \"" + "-".repeat(5000) + "\"\n");
    Files.writeString(in.resolve("syntax.yaml"), "schemaVersion: 1\nperson: [\n  name: {Sam\n");

    CliRunner.Result result = run("convert", in.toString(), "--to", "html", "-o", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.err()).doesNotContain("\tat ").doesNotContain("Exception in thread");
    assertThat(result.err()).contains("syntax.yaml:4:1: error:");
    assertThat(result.err()).contains("converted 2 of 3 files to html").contains("1 failed");
    assertThat(dir.resolve("out/good.html")).exists();
    assertThat(Files.readString(dir.resolve("out/dashes.html"))).contains("<hr");
    assertThat(dir.resolve("out/syntax.html")).doesNotExist();
  }

  @Test
  void anErrorInsideAWorkerBecomesThatFilesOneLineDiagnostic() {
    Diagnostic overflow = WorkFailure.diagnostic("deep.md", 1, new StackOverflowError());
    Diagnostic memory = WorkFailure.diagnostic("big.md", 3, new OutOfMemoryError("Java heap space"));
    Diagnostic bug = WorkFailure.diagnostic("odd.yaml", 1, new IllegalStateException("oops"));

    assertThat(overflow.format()).startsWith("deep.md:1:1: error: ").contains("[too-complex]");
    assertThat(memory.format()).startsWith("big.md:3:1: error: ").contains("ran out of memory").contains("[out-of-memory]");
    assertThat(bug.format()).contains("[internal-error]").contains("please report it");
    assertThat(WorkFailure.isInputsFault(new StackOverflowError())).isTrue();
    assertThat(WorkFailure.isInputsFault(new OutOfMemoryError())).isTrue();
    assertThat(WorkFailure.isInputsFault(new IllegalStateException())).isFalse();
  }

  @Test
  void validateThatRanOutOfMemorySaidItWasConvertingAndNowNamesItsOwnWork() {
    String[] validate = {"--no-color", "validate", "big.md"};
    String[] check = {"check", "--strict", "big.md"};
    String[] targetImport = {"target", "import", "posting.md"};

    Diagnostic validating = WorkFailure.diagnostic(WorkFailure.verbOf(validate), "big.md", 1, new OutOfMemoryError());
    Diagnostic checking = WorkFailure.diagnostic(WorkFailure.verbOf(check), "big.md", 1, new StackOverflowError());

    assertThat(validating.message()).startsWith("validating this input ran out of memory").doesNotContain("convert");
    assertThat(validating.hint()).hasValueSatisfying(hint -> assertThat(hint).startsWith("validate it on its own"));
    assertThat(checking.message()).contains("too often to check").doesNotContain("convert");
    assertThat(WorkFailure.verbOf(targetImport)).isEqualTo("import");
    assertThat(WorkFailure.verbOf(new String[] {"convert", "check.md"})).isEqualTo("convert");
  }

  @Test
  void everyFileOfABatchEndsWrittenOrFailedSoTheCountsAddUp() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    int files = 40;
    for (int i = 0; i < files; i++) {
      String text = switch (i % 4) {
        case 0 -> GOOD;
        case 1 -> GOOD.substring(0, 7 + i % 13); // truncated
        case 2 -> "{\"schemaVersion\":1,\"person\":{\"name\":\"A\"}} trailing";
        default -> GOOD + "  summary: \"" + "*".repeat(3000) + "\"\n";
      };
      Files.writeString(in.resolve("f" + i + (i % 4 == 2 ? ".json" : ".yaml")), text);
    }

    CliRunner.Result result = run("convert", in.toString(), "--to", "markdown", "-o", dir.resolve("out").toString());

    long written;
    try (var listing = Files.list(dir.resolve("out"))) {
      written = listing.count();
    }
    long reportedErrors = result.err().lines().filter(line -> line.contains(": error: ")).count();
    assertThat(written + reportedErrors).isEqualTo(files);
    assertThat(result.err()).contains("converted " + written + " of " + files + " files")
        .contains((files - written) + " failed");
    assertThat(result.exitCode()).isEqualTo(written == files ? ExitCode.OK : ExitCode.INVALID);
  }

  @Test
  void memoryIsSharedByInputSizeSoABigFileRunsAloneAndAHugeOneIsCappedAtTheWholeBudget() {
    MemoryBudget budget = new MemoryBudget(64L * 1024 * 1024);
    int small = budget.reserveFor(1_000);
    int big = budget.reserveFor(1024 * 1024);
    assertThat(small).isPositive().isLessThan(big);
    assertThat(budget.available()).isEqualTo(64 * 1024 - small - big);
    budget.release(small);
    budget.release(big);
    // Larger than the whole budget: it takes all of it (so it runs alone), not more (which would never come).
    int huge = budget.reserveFor(10L * 1024 * 1024);
    assertThat(huge).isEqualTo(64 * 1024);
    assertThat(budget.available()).isZero();
  }

  @Test
  void oneBadJsonLinesLineLostTheWholeStreamAndNowEachBadLineIsReportedAndSkipped() throws Exception {
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    stream.writeBytes(line("{\"schemaVersion\":1,\"person\":{\"name\":\"A\"}}"));
    stream.writeBytes("{\"schemaVersion\":1,\"person\":{\"name\":\"B".getBytes(StandardCharsets.UTF_8));
    stream.write(0xFF); // invalid UTF-8
    stream.writeBytes(line("\"}}"));
    stream.writeBytes(line("{\"schemaVersion\":1,\"person\":{\"name\":\"C\\ud800\"}}"));
    stream.writeBytes(line("{\"schemaVersion\":1,\"person\":{\"name\":\"D\"},\"x\":1e2147483648}"));
    stream.writeBytes(line("{\"schemaVersion\":1,\"person\":{\"name\":\"E\"}} trailing"));
    stream.writeBytes(line("{\"schemaVersion\":1,\"person\":{\"name\":\"F\"}}"));
    Path in = dir.resolve("in.jsonl");
    Files.write(in, stream.toByteArray());
    Path out = dir.resolve("out.jsonl");

    CliRunner.Result result = run("convert", in.toString(), "--to", "jsonl", "-o", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.err())
        .contains("in.jsonl:2:39: error: the input is not valid UTF-8")
        .contains("in.jsonl:3:").contains("[lone-surrogate]")
        .contains("in.jsonl:4:").contains("[number-out-of-range]")
        .contains("in.jsonl:5:").contains("[trailing-text]")
        .contains("converted 2 of 6 profiles").contains("4 failed");
    assertThat(Files.readAllLines(out)).hasSize(2)
        .allSatisfy(line -> assertThat(line).startsWith("{\"schemaVersion\":1"))
        .anySatisfy(line -> assertThat(line).contains("\"A\""))
        .anySatisfy(line -> assertThat(line).contains("\"F\""));
  }

  @Test
  void aJsonLinesLineLongerThanTheLimitIsSkippedWithItsLineNumberAndTheRestGoesThrough() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"schemaVersion\":1,\"person\":{\"name\":\"" + "x".repeat(5000) + "\"}}\n"
        + "{\"schemaVersion\":1,\"person\":{\"name\":\"B\"}}\n");
    Path out = dir.resolve("out.jsonl");

    CliRunner.Result result = run("convert", in.toString(), "--to", "jsonl", "-o", out.toString(), "--max-input-bytes", "1000");

    assertThat(result.err()).contains("in.jsonl:1:1: error: the line is longer than the limit of 1000 bytes")
        .contains("converted 1 of 2 profiles");
    assertThat(Files.readAllLines(out)).hasSize(1);
  }

  private static byte[] line(String text) {
    return (text + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
