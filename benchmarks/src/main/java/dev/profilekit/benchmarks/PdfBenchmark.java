package dev.profilekit.benchmarks;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteResult;
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
 * The PDF writer (print page, layout, fonts, tagging, the attached source) and reader (the
 * attached source back), per profile; a PDF is a binary format, so it is measured apart from
 * {@link FormatBenchmark}'s text formats.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfBenchmark {
  @Param({"small", "typical", "large"})
  public String size;

  private Format pdf;
  private Profile profile;
  private byte[] written;

  @Setup(Level.Trial)
  public void setUp() {
    pdf = Formats.standard().require("pdf");
    profile = FormatBenchmark.Profiles.ofSize(size);
    written = pdf.writer().orElseThrow().write(profile).bytes();
  }

  @Benchmark
  public WriteResult write() {
    return pdf.writer().orElseThrow().write(profile);
  }

  @Benchmark
  public ReadResult read() {
    return pdf.reader().orElseThrow().read(Input.ofBytes("bench.pdf", written));
  }
}
