package dev.profilekit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A running live preview: the first build, the server, and a watcher that rebuilds on every
 * change of the source or the theme and tells the browsers. Prints one line per rebuild with
 * its time, and the diagnostics of each change.
 */
final class PreviewSession implements AutoCloseable {
  static final Duration QUIET = Duration.ofMillis(60);
  /**
   * The files of a theme directory that a theme can read (page.mustache, partials, style
   * sheets): a subdirectory, an editor's swap file or a backup starts no rebuild.
   */
  static final Predicate<Path> THEME_FILE =
      file -> file.getFileName().toString().matches("[A-Za-z0-9_-]+\\.(mustache|css)");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final PreviewBuilder builder;
  private final Streams streams;
  private final boolean quiet;
  private final PreviewState state;
  private final FileWatcher watcher;
  private final DiagnosticPrinter printer;
  private PreviewServer server;
  private Thread watching;

  PreviewSession(PreviewBuilder builder, Optional<Path> theme, Streams streams, boolean quiet) {
    this.builder = builder;
    this.streams = streams;
    this.quiet = quiet;
    this.printer = new DiagnosticPrinter(streams.err(), streams.colour());
    this.state = new PreviewState(new PreviewSnapshot(0, Optional.empty(), List.of()));
    this.watcher = new FileWatcher(QUIET).watchFile(Path.of(builder.source()));
    // The theme reads only the files directly in its directory.
    theme.filter(Files::isDirectory).ifPresent(directory -> watcher.watchDirectory(directory, THEME_FILE));
  }

  /** Builds the page, starts serving on {@code host:port} and watching; returns the page's address. */
  URI start(String host, int port) {
    rebuild("first build");
    try {
      server = new PreviewServer(state, builder.source(), host, port);
    } catch (IOException e) {
      watcher.close();
      throw new UncheckedIOException(e);
    }
    watching = new Thread(() -> watcher.run(this::changed, this::watchProblem), "profile-serve-watch");
    watching.setDaemon(true);
    watching.start();
    return server.uri();
  }

  PreviewServer server() {
    return server;
  }

  private void changed(Set<Path> paths) {
    rebuild(FileWatcher.describe(paths) + " changed");
  }

  private void watchProblem(RuntimeException problem) {
    streams.err().println(FileWatcher.warning(problem));
    streams.err().flush();
  }

  private synchronized void rebuild(String why) {
    long started = System.nanoTime();
    PreviewBuilder.Build build = builder.build(state.current());
    double millis = (System.nanoTime() - started) / 1e6;
    PreviewSnapshot now = build.snapshot();
    String clock = LocalTime.now().format(CLOCK);
    String result;
    if (!now.errors().isEmpty()) {
      result = now.errors().size() + (now.errors().size() == 1 ? " error" : " errors")
          + (build.changed() ? ", shown in the browser" : ", the same as before")
          + (now.lastGood().isPresent() ? " (the last good page stays at " + ReloadScript.LAST_GOOD_PATH + ")" : "");
    } else {
      result = build.changed() ? "page updated" : "page unchanged";
    }
    streams.err().printf(Locale.ROOT, "%s %s: %s in %.1f ms%n", clock, why, result, millis);
    if (build.changed() && !now.errors().isEmpty()) {
      printer.print(now.errors());
    } else if (!quiet && !build.warnings().isEmpty() && build.changed()) {
      printer.print(build.warnings());
    }
    streams.err().flush();
    // Printed first, so the terminal has said it by the time a browser shows it.
    state.publish(build.snapshot());
  }

  @Override
  public void close() {
    watcher.close();
    if (server != null) {
      server.close();
    }
    if (watching != null) {
      try {
        watching.join(Duration.ofSeconds(5).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
