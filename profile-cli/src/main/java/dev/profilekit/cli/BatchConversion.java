package dev.profilekit.cli;

import dev.profilekit.model.PrintableText;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.OverlayFiles;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Converts many files on all cores: each file is read, validated and written on its own, a
 * failing file is reported with its diagnostics without stopping the others, and a summary
 * closes the run.
 */
final class BatchConversion {
  private final Format to;
  private final Optional<String> from;
  private final ReadOptions readOptions;
  private final WriteOptions writeOptions;
  private final boolean strict;
  private final boolean quiet;
  private final Streams streams;
  private boolean force;

  BatchConversion(Format to, Optional<String> from, ReadOptions readOptions, WriteOptions writeOptions,
      boolean strict, boolean quiet, Streams streams) {
    this.to = to;
    this.from = from;
    this.readOptions = readOptions;
    this.writeOptions = writeOptions;
    this.strict = strict;
    this.quiet = quiet;
    this.streams = streams;
  }

  /** Lets the run replace YAML files whose comments the output drops. */
  BatchConversion force(boolean force) {
    this.force = force;
    return this;
  }

  /** One input file and where, under the output directory, its output goes. */
  record Source(Path file, Path output) {}

  int run(List<String> inputs, Path outputDirectory) {
    List<Source> sources = sources(inputs, to);
    List<Path> files = sources.stream().map(Source::file).toList();
    try {
      Files.createDirectories(outputDirectory);
    } catch (IOException e) {
      throw new OutputFile.OutputProblem("cannot create the output directory " + outputDirectory + ": " + e.getMessage());
    }
    checkOutputNamesAreDistinct(sources);
    long started = System.nanoTime();
    Progress progress = new Progress(streams.err(), streams.terminal() && !quiet, files.size());
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.colour());
    AtomicInteger written = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger worstExit = new AtomicInteger(ExitCode.OK);
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    // Bounds the files in flight, so memory stays flat however many files there are.
    Semaphore inFlight = new Semaphore(threads * 4);
    MemoryBudget memory = MemoryBudget.ofHeap();
    try {
      for (Source source : sources) {
        inFlight.acquireUninterruptibly();
        int reserved = memory.reserveFor(sizeOf(source.file()));
        pool.execute(() -> {
          int exit = ExitCode.INTERNAL;
          try {
            exit = convertGuarded(source.file(), outputDirectory.resolve(source.output()), progress, printer);
          } finally {
            // Counted here, whatever happened above: every file ends written or failed.
            if (exit == ExitCode.OK) {
              written.incrementAndGet();
            } else {
              failed.incrementAndGet();
              worstExit.accumulateAndGet(exit, Math::max);
            }
            memory.release(reserved);
            progress.advance();
            inFlight.release();
          }
        });
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    progress.finish();
    double seconds = (System.nanoTime() - started) / 1e9;
    streams.err().printf(Locale.ROOT, "converted %d of %d file%s to %s in %.1f s (%.0f files/s)%s%n",
        written.get(), files.size(), files.size() == 1 ? "" : "s", to.id(), seconds,
        files.size() / Math.max(seconds, 1e-9), failed.get() == 0 ? "" : "; " + failed.get() + " failed");
    streams.err().flush();
    return worstExit.get();
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // the read reports it
    }
  }

  /** One file; whatever it throws, {@code Error}s included, becomes its diagnostic and exit code. */
  private int convertGuarded(Path file, Path output, Progress progress, DiagnosticPrinter printer) {
    try {
      return convertOne(file, output, progress, printer);
    } catch (RuntimeException | Error e) {
      report(List.of(WorkFailure.diagnostic(file.toString(), 1, e)), progress, printer);
      return WorkFailure.isInputsFault(e) ? ExitCode.INVALID : ExitCode.INTERNAL;
    }
  }

  private int convertOne(Path file, Path output, Progress progress, DiagnosticPrinter printer) {
    try {
      ReadResult read = Profiles.read(Formats.standard(), file, from, readOptions, OverlayFiles.listed());
      List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
      if (read.profile().isEmpty() || read.hasErrors()) {
        report(diagnostics, progress, printer);
        return ProfileInput.exitCodeOf(read);
      }
      WriteResult written = to.writer().orElseThrow().write(read.profile().get(), writeOptions);
      diagnostics = Losses.merge(read.profile().get(), diagnostics, written.losses());
      if (!quiet || strict) {
        report(diagnostics, progress, printer);
      }
      if (strict && !diagnostics.isEmpty()) {
        return ExitCode.INVALID;
      }
      OutputFile.write(output.toString(), written.bytes(), streams, List.of(file.toString()), force);
      return ExitCode.OK;
    } catch (OutputFile.OutputProblem e) {
      progress.println("profile: " + PrintableText.of(e.getMessage()));
      return ExitCode.UNWRITABLE;
    } catch (IllegalArgumentException | UsageProblem e) {
      progress.println(PrintableText.of("profile: " + file + ": " + e.getMessage()));
      return ExitCode.USAGE;
    }
  }

  private static void report(List<Diagnostic> diagnostics, Progress progress, DiagnosticPrinter printer) {
    if (!diagnostics.isEmpty()) {
      synchronized (progress) {
        progress.println(printer.render(diagnostics));
      }
    }
  }

  /** {@code cv.yaml} → {@code cv.html}: the input's name without its format ending, plus the output's. */
  static String outputName(Path file, Format to) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    int cut = name.length();
    for (Format format : Formats.standard().all()) {
      for (String extension : format.fileExtensions()) {
        if (extension.startsWith(".") && lower.endsWith(extension) && name.length() - extension.length() < cut
            && name.length() > extension.length()) {
          cut = name.length() - extension.length();
        }
      }
    }
    return name.substring(0, cut) + to.fileExtensions().get(0);
  }

  private static void checkOutputNamesAreDistinct(List<Source> sources) {
    Set<Path> seen = new HashSet<>();
    for (Source source : sources) {
      if (!seen.add(source.output())) {
        throw new UsageProblem("two inputs would both be written to " + source.output()
            + ": convert them in separate runs or rename one");
      }
    }
  }

  /**
   * The files {@link #expand} finds, each with its output path: a file named on the command line
   * goes to the top of the output directory, a file found in a directory to the same place
   * relative to it ({@code profiles/a/cv.yaml} → {@code OUT/a/cv.html}), so the tree is mirrored.
   */
  static List<Source> sources(List<String> inputs, Format to) {
    List<Source> sources = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      for (Path file : expand(List.of(input))) {
        Path relative = Files.isDirectory(path) ? path.relativize(file) : file.getFileName();
        Path parent = relative.getParent();
        String name = outputName(file, to);
        sources.add(new Source(file, parent == null ? Path.of(name) : parent.resolve(name)));
      }
    }
    return sources;
  }

  /** Files as given, and in directories every file whose name a readable format claims. */
  static List<Path> expand(List<String> inputs) {
    List<Path> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> Formats.standard().forFileName(f.toString()).flatMap(Format::reader).isPresent())
              // me.de.yaml beside me.yaml is read with me.yaml, not as a profile of its own.
              .filter(f -> !OverlayFiles.isOverlayFile(f))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // Keep waiting: every submitted file finishes on its own.
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
