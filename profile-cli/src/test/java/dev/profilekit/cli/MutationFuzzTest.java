package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.AllocationMeter;
import dev.profilekit.model.testing.Examples;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded mutation fuzzing of every reader and writer through the command line: inputs made from
 * the examples in every readable format, then cut, spliced, bit-flipped and salted with the
 * shapes that broke things before (lone surrogates, huge exponents, long rules, escaped quotes,
 * markers, NULs, separators, deep nesting). Each run must end in a documented exit code other
 * than 4, print no stack trace, and do work bounded by its input's size (bytes allocated, not
 * time). The seeds are fixed, so a failure reproduces.
 */
class MutationFuzzTest {
  private static final String[] WRITERS = {"json", "yaml", "jsonresume", "markdown", "html"};
  private static final String[] SALT = {
    "\\ud800", "\\udc00", "1e2147483648", "-1e-2147483648", "\n---\nx: 1\n", " trailing", "\u0000", "\u2028", "\u2029",
    "\\L", "\\P", "\\N", "\\_", "*".repeat(3000), "-".repeat(3000), "_ ".repeat(1500), "\\\"".repeat(2000),
    "<!-- profilekit:claim {\"id\":\"x\"} ", "<!-- profilekit:", "[[[[[[[[[[[[[[[[[[[[", "{{{{{{{{{{{{{{{{",
    "&amp;".repeat(2000), "<https://e.org> ".repeat(500), "`` ".repeat(1000), "> q\n".repeat(500),
    "[l]: https://e.org\n".repeat(300), "\u001b]0;title\u0007", "#".repeat(200), "1" + " ".repeat(5000), "TODO ".repeat(2000),
    "&", "<", ":", "\"", "'", "\n", "\t", "\r\n", "- ", "# ", "|a|b|\n|-|-|\n", "*x*", "\uFEFF", "\uD83D\uDE00",
  };

  @TempDir static Path dir;
  private static final List<Seed> SEEDS = new ArrayList<>();

  private record Seed(String name, byte[] bytes) {}

  @BeforeAll
  static void seeds() throws Exception {
    for (Path example : Examples.yamlFiles()) {
      String base = example.getFileName().toString().replace(".yaml", "");
      SEEDS.add(new Seed(base + ".yaml", Files.readAllBytes(example)));
      for (String[] format : new String[][] {{"json", ".json"}, {"jsonresume", ".resume.json"}, {"markdown", ".md"}}) {
        Path out = dir.resolve("seed-" + base + format[1]);
        CliRunner.Result made = CliRunner.run("convert", example.toString(), "--to", format[0], "-o", out.toString(), "-q");
        assertThat(made.exitCode()).as(made.err()).isEqualTo(ExitCode.OK);
        SEEDS.add(new Seed(base + format[1], Files.readAllBytes(out)));
      }
    }
  }

  static Stream<Long> cases() {
    return LongStream.range(0, 160).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("cases")
  void aMutatedInputEndsInADocumentedExitCodeWithoutAStackTraceAndInLinearWork(long seed) throws Exception {
    Random random = new Random(seed);
    Seed original = SEEDS.get(random.nextInt(SEEDS.size()));
    byte[] mutated = mutate(original.bytes(), random);
    Path input = dir.resolve("case-" + seed + "-" + original.name());
    Files.write(input, mutated);
    String writer = WRITERS[random.nextInt(WRITERS.length)];
    Path output = dir.resolve("out-" + seed + "." + writer);

    for (String[] command : new String[][] {
        {"validate", input.toString()},
        {"convert", input.toString(), "--to", writer, "-o", output.toString()},
        {"check", input.toString()}}) {
      CliRunner.Result[] result = new CliRunner.Result[1];
      long work = AllocationMeter.bytesAllocatedBy(() -> result[0] = CliRunner.run(command));
      String what = String.join(" ", command) + " on a mutation of " + original.name() + " (seed " + seed + ")";
      assertThat(result[0].exitCode()).as(what + ": " + result[0].err()).isNotEqualTo(ExitCode.INTERNAL).isBetween(0, 5);
      assertThat(result[0].err()).as(what).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Error:");
      assertThat(work).as(what + ": bytes allocated").isLessThan(200L * 1024 * 1024 + 4_000L * mutated.length);
    }
  }

  /** A seeded mutation of {@code bytes}: salted, truncated, flipped, duplicated or deleted, one to four times. */
  static byte[] mutate(byte[] bytes, Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] current = bytes;
    int rounds = 1 + random.nextInt(4);
    for (int round = 0; round < rounds; round++) {
      out.reset();
      int at = current.length == 0 ? 0 : random.nextInt(current.length);
      switch (random.nextInt(6)) {
        case 0 -> { // salt with a known troublemaker
          out.write(current, 0, at);
          out.writeBytes(SALT[random.nextInt(SALT.length)].getBytes(StandardCharsets.UTF_8));
          out.write(current, at, current.length - at);
        }
        case 1 -> { // truncate
          out.write(current, 0, at);
        }
        case 2 -> { // flip a byte
          out.writeBytes(current);
          byte[] flipped = out.toByteArray();
          if (flipped.length > 0) {
            flipped[at] ^= (byte) (1 << random.nextInt(8));
          }
          out.reset();
          out.writeBytes(flipped);
        }
        case 3 -> { // duplicate a chunk
          int length = Math.min(current.length - at, random.nextInt(200));
          out.write(current, 0, at + length);
          out.write(current, at, length);
          out.write(current, at + length, current.length - at - length);
        }
        case 4 -> { // delete a chunk
          int length = Math.min(current.length - at, random.nextInt(50));
          out.write(current, 0, at);
          out.write(current, at + length, current.length - at - length);
        }
        default -> { // a random byte
          out.write(current, 0, at);
          out.write(random.nextInt(256));
          out.write(current, at, current.length - at);
        }
      }
      current = out.toByteArray();
    }
    return current;
  }
}
