package dev.profilekit.cli;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@code convert --watch}: converts, then converts again whenever an input (a file, or any
 * profile under an input directory) or a theme file changes, printing one line per rebuild with
 * its time, until Ctrl-C. Every rebuild writes atomically as any conversion does, so a failed
 * one leaves the last good output in place.
 */
final class ConvertWatch {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final List<String> inputs;
  private final String out;
  private final Optional<Path> theme;
  private final Streams streams;
  /** What the last conversion wrote: its own outputs, whose change starts no rebuild. */
  private volatile Set<Path> lastWritten = Set.of();

  ConvertWatch(List<String> inputs, String out, Optional<Path> theme, Streams streams) {
    this.inputs = inputs;
    this.out = out;
    this.theme = theme;
    this.streams = streams;
  }

  /** Runs {@code convert} now and after every change; returns 0 once stopped. */
  int run(IntSupplier convert) {
    return run(convert, StopSignal.install());
  }

  /** Runs {@code convert} now and after every change until {@code stop} opens; returns 0. */
  int run(IntSupplier convert, CountDownLatch stop) {
    if (out.equals("-")) {
      throw new UsageProblem("--watch rewrites a file: add -o OUT");
    }
    if (inputs.contains("-")) {
      throw new UsageProblem("--watch follows files: give their paths, not '-'");
    }
    // Watching before the first run, so a save during it is not missed.
    try (FileWatcher watcher = watcher()) {
      // The first run fails for good on a usage problem (a bad option is not fixed by editing the profile).
      timed("", convert);
      Thread watching = new Thread(() -> watcher.run(changed -> timed(FileWatcher.describe(changed) + " changed: ", () -> {
        try {
          return convert.getAsInt();
        } catch (UsageProblem e) {
          streams.err().println("profile: " + e.getMessage());
          return ExitCode.USAGE;
        } catch (OutputFile.OutputProblem e) {
          streams.err().println("profile: " + e.getMessage());
          return ExitCode.UNWRITABLE;
        } catch (RuntimeException e) {
          // A bug, but the watch goes on: the next change may not hit it.
          streams.err().println("profile: internal error: " + e + " (please report it)");
          return ExitCode.INTERNAL;
        }
      }), problem -> {
        streams.err().println(FileWatcher.warning(problem));
        streams.err().flush();
      }), "profile-convert-watch");
      watching.setDaemon(true);
      watching.start();
      streams.err().println("profile: watching " + String.join(", ", inputs)
          + theme.map(t -> " and the theme " + t).orElse("") + "; Ctrl-C stops");
      streams.err().flush();
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    streams.err().println("profile: stopped");
    streams.err().flush();
    return ExitCode.OK;
  }

  private FileWatcher watcher() {
    FileWatcher watcher = new FileWatcher(PreviewSession.QUIET);
    for (String input : inputs) {
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        watcher.watchTree(path, profilesNotIn(() -> lastWritten));
      } else {
        watcher.watchFile(path);
      }
    }
    // The theme reads only the files directly in its directory.
    theme.filter(Files::isDirectory).ifPresent(directory -> watcher.watchDirectory(directory, PreviewSession.THEME_FILE));
    return watcher;
  }

  /**
   * The files of an input directory whose change starts a rebuild: profiles, but not the files
   * the last rebuild wrote (absolute paths), which lie there when the output is the input
   * directory or inside it. Only those: every other file of the output directory is an input too.
   */
  static Predicate<Path> profilesNotIn(Supplier<Set<Path>> written) {
    return file -> !written.get().contains(file)
        && Formats.standard().forFileName(file.toString()).flatMap(Format::reader).isPresent();
  }

  /** Runs one conversion and prints its line: {@code 12:00:01 me.yaml changed: wrote cv.html in 14.2 ms}. */
  private synchronized void timed(String trigger, IntSupplier convert) {
    long started = System.nanoTime();
    Set<Path> wrote = ConcurrentHashMap.newKeySet();
    int exit;
    try (OutputFile.Listening listening = OutputFile.listen(wrote::add)) {
      exit = convert.getAsInt();
    } finally {
      lastWritten = Set.copyOf(wrote);
    }
    double millis = (System.nanoTime() - started) / 1e6;
    String result = exit == ExitCode.OK
        ? "wrote " + out
        : "failed (exit " + exit + "), what failed left as it was in " + out;
    streams.err().printf(Locale.ROOT, "%s %s%s in %.1f ms%n", LocalTime.now().format(CLOCK), trigger, result, millis);
    streams.err().flush();
  }
}
