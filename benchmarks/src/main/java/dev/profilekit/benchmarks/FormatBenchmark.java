package dev.profilekit.benchmarks;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.model.testing.ProfileGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-profile cost of reading, validating and writing each format, on generated profiles of
 * three sizes. A format missing from the class path is skipped, not measured as zero.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FormatBenchmark {
  @Param({"small", "typical", "large", "marked"})
  public String size;

  @Param({"yaml", "json", "jsonresume", "markdown", "html"})
  public String format;

  private Format chosen;
  private Profile profile;
  private String written;

  @Setup(Level.Trial)
  public void setUp() {
    chosen = Formats.standard().byId(format)
        .orElseThrow(() -> new IllegalStateException("format not on the class path: " + format));
    profile = Profiles.ofSize(size);
    written = chosen.writer().orElseThrow().write(profile).content();
  }

  @Benchmark
  public WriteResult write() {
    return chosen.writer().orElseThrow().write(profile);
  }

  @Benchmark
  public ReadResult read() {
    return chosen.reader()
        .orElseThrow(() -> new IllegalStateException(format + " cannot be read: skip with -p format=..."))
        .read(Input.ofString("bench" + chosen.fileExtensions().get(0), written));
  }

  @Benchmark
  public List<Diagnostic> validate() {
    return ProfileValidator.validate(profile);
  }

  /** The generated profiles the benchmarks share. */
  static final class Profiles {
    private Profiles() {}

    static Profile ofSize(String size) {
      switch (size) {
        case "small":
          return ProfileGenerator.plainTextWithSeed(7).next();
        case "typical":
          return ProfileGenerator.plainTextWithSeed(7).scaled(2).next();
        case "large":
          return ProfileGenerator.plainTextWithSeed(7).scaled(20).next();
        case "marked":
          // Typical size, every text full of Markdown and HTML metacharacters: the HTML writer's
          // slow path (flexmark and the sanitizer), where plain prose takes a shortcut.
          return ProfileGenerator.withSeed(7).scaled(2).next();
        default:
          throw new IllegalArgumentException("size is small, typical, large or marked, not " + size);
      }
    }
  }
}
