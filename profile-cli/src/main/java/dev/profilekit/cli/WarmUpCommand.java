package dev.profilekit.cli;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs what users run — the README's conversion of {@code examples/full.yaml} to every format,
 * reading each result back, a check, and a diagnostic — through the command line itself, in a
 * scratch directory, so the launcher can record the classes those runs load in a
 * class-data-sharing archive that makes later starts faster. Running the real commands (not
 * the library beneath them) puts picocli's command model, the output files and the
 * diagnostics printer in the archive too.
 *
 * <p>JDK 25's AOT cache loads and links every class it holds when the JVM starts, so a class
 * in it costs every run, used or not. The PDF writer's thousand-odd classes (openhtmltopdf,
 * PDFBox, fonts, XML) made the README's conversion to HTML about a tenth slower than a cache
 * without them, so the launcher records that cache with {@code --text-formats-only}: a PDF run
 * then loads those classes from the jars, about a sixth slower. A JDK 17 archive maps its
 * classes lazily and holds them all at no cost to other runs.
 */
@Command(name = "warm-up", hidden = true, description = "Run every format once (used by bin/profile to build its start-up archive).")
final class WarmUpCommand implements Callable<Integer> {
  private static final String SAMPLE = "warm-up/full.yaml";

  @Option(names = "--text-formats-only", description = "Leave the binary formats (pdf) out.")
  boolean textFormatsOnly;

  @Override
  public Integer call() throws IOException {
    Path directory = Files.createTempDirectory("profile-warm-up-");
    try {
      Path sample = directory.resolve("full.yaml");
      Files.write(sample, sampleBytes());
      for (Format format : formatsToExercise(textFormatsOnly)) {
        Path output = directory.resolve("out" + format.fileExtensions().get(0));
        quietly("convert", sample.toString(), "--to", format.id(), "-o", output.toString());
        if (format.reader().isPresent()) {
          quietly("validate", output.toString());
        }
      }
      quietly("check", sample.toString());
      // Every claim of the sample has its evidence; one without loads check's suggestions and
      // their search index too.
      Path unsupported = directory.resolve("unsupported.yaml");
      Files.writeString(unsupported, InitCommand.starter().replace("claims:\n",
          "claims:\n  - id: claim-warm-up\n    statement: Shipped the warm-up at Example\n"));
      quietly("check", unsupported.toString());
      Path misspelt = directory.resolve("bad.yaml");
      Files.writeString(misspelt, "schemaVersion: 1\nperson: {nmae: x}\n");
      quietly("validate", misspelt.toString());
    } finally {
      deleteQuietly(directory);
    }
    return ExitCode.OK;
  }

  /** The formats the warm-up writes (and reads back where it can). */
  static List<Format> formatsToExercise(boolean textFormatsOnly) {
    return Formats.standard().all().stream()
        .filter(format -> format.writer().isPresent())
        .filter(format -> !textFormatsOnly || format.isText())
        .toList();
  }

  static byte[] sampleBytes() {
    try (InputStream in = WarmUpCommand.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks " + SAMPLE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void quietly(String... args) {
    Streams silent = new Streams(InputStream.nullInputStream(), OutputStream.nullOutputStream(),
        new PrintWriter(Writer.nullWriter()), false);
    ProfileCli.run(args, silent);
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A stray scratch directory in the temporary folder is harmless.
    }
  }
}
