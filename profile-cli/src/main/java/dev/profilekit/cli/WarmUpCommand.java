package dev.profilekit.cli;

import dev.profilekit.model.Profile;
import dev.profilekit.model.check.ProfileChecker;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.WriteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Loads what real commands load — every reader and writer, run once on the starter profile —
 * so the launcher can record it in a class-data-sharing archive that makes later starts faster.
 *
 * <p>JDK 25's AOT cache loads and links every class it holds when the JVM starts, so a class
 * in it costs every run, used or not. The PDF writer's thousand-odd classes (openhtmltopdf,
 * PDFBox, fonts, XML) made the README's conversion to HTML about a tenth slower than a cache
 * without them, so the launcher records that cache with {@code --text-formats-only}: a PDF run
 * then loads those classes from the jars, about a sixth slower. A JDK 17 archive maps its
 * classes lazily and holds them all at no cost to other runs.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise every format once (used by bin/profile to build its start-up archive).")
final class WarmUpCommand implements Callable<Integer> {
  @Option(names = "--text-formats-only", description = "Leave the binary formats (pdf) out.")
  boolean textFormatsOnly;

  @Override
  public Integer call() {
    Profile profile = Profiles.read(Input.ofString("starter.yaml", InitCommand.starter()), Optional.of("yaml"), ReadOptions.defaults())
        .profile().orElseThrow();
    for (Format format : formatsToExercise(textFormatsOnly)) {
      // Bytes, as conversions write and read them: text and binary formats alike.
      byte[] written = format.writer().get().write(profile, WriteOptions.defaults()).bytes();
      if (format.reader().isPresent()) {
        Profiles.read(Input.ofBytes("warm-up" + format.fileExtensions().get(0), written), Optional.of(format.id()), ReadOptions.defaults());
      }
    }
    throughFiles();
    // A claim without evidence: the check, its answer reading and its search index get archived too.
    ProfileChecker.standard().check(Profile.builder().from(profile)
        .addClaims(dev.profilekit.model.Claim.builder().id("claim-warm-up").statement("Shipped the warm-up at Example").build())
        .build());
    new DiagnosticPrinter(new java.io.PrintWriter(java.io.Writer.nullWriter()), false)
        .print(Profiles.read(Input.ofString("bad.yaml", "schemaVersion: 1\nperson: {nmae: x}\n"), Optional.empty(), ReadOptions.defaults()).diagnostics());
    return ExitCode.OK;
  }

  /** The formats the warm-up writes (and reads back where it can). */
  static List<Format> formatsToExercise(boolean textFormatsOnly) {
    return Formats.standard().all().stream()
        .filter(format -> format.writer().isPresent())
        .filter(format -> !textFormatsOnly || format.isText())
        .toList();
  }

  /** Writes a file atomically and reads it back, as conversions do, in a scratch directory. */
  private static void throughFiles() {
    Path directory = null;
    Path file = null;
    try {
      directory = Files.createTempDirectory("profile-warm-up-");
      file = directory.resolve("starter.yaml");
      OutputFile.write(file.toString(), InitCommand.starter(), Streams.system(), List.of());
      Profiles.read(Input.ofPath(file), Optional.empty(), ReadOptions.defaults());
    } catch (IOException | RuntimeException e) {
      // The archive only misses the file classes: later runs load them from the JDK.
    } finally {
      try {
        if (file != null) {
          Files.deleteIfExists(file);
        }
        if (directory != null) {
          Files.deleteIfExists(directory);
        }
      } catch (IOException e) {
        // A stray scratch directory in the temporary folder is harmless.
      }
    }
  }
}
