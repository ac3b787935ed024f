package dev.profilekit.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches files and directory trees and reports each burst of changes once. Files are watched
 * through their parent directories, so a save that replaces the file by a rename (vim,
 * JetBrains editors) counts like a write, and so does a file that is deleted and created again.
 * A burst ends when nothing has changed for the quiet period: an editor's truncate-then-write or
 * a quick series of saves becomes one change.
 */
final class FileWatcher implements AutoCloseable {
  private final WatchService service;
  private final Duration quiet;
  private final Map<WatchKey, Path> directories = new ConcurrentHashMap<>();
  private final Set<Path> files = ConcurrentHashMap.newKeySet();
  private final Map<Path, Predicate<Path>> trees = new LinkedHashMap<>();
  private final Map<Path, Predicate<Path>> flatDirectories = new LinkedHashMap<>();

  FileWatcher(Duration quiet) {
    this.quiet = quiet;
    try {
      this.service = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch files: " + e.getMessage(), e);
    }
  }

  /** Watches one file (and, when it is a symbolic link, the file it points to). */
  FileWatcher watchFile(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    files.add(absolute);
    register(absolute.getParent());
    try {
      Path real = absolute.toRealPath();
      if (!real.equals(absolute)) {
        files.add(real);
        register(real.getParent());
      }
    } catch (IOException e) {
      // Missing for now: its directory is watched, so its creation is seen.
    }
    return this;
  }

  /** Watches every file under {@code root} that {@code relevant} accepts, in new subdirectories too. */
  FileWatcher watchTree(Path root, Predicate<Path> relevant) {
    Path absolute = root.toAbsolutePath().normalize();
    trees.put(absolute, relevant);
    registerTree(absolute);
    return this;
  }

  /**
   * Watches the files directly in {@code directory} that {@code relevant} accepts, not those of
   * its subdirectories (a theme reads only its top-level files).
   */
  FileWatcher watchDirectory(Path directory, Predicate<Path> relevant) {
    Path absolute = directory.toAbsolutePath().normalize();
    flatDirectories.put(absolute, relevant);
    register(absolute);
    return this;
  }

  /**
   * Calls {@code onChange} with the changed paths after each burst of changes, until
   * {@link #close()} (from any thread) or an interrupt. A burst that fails (a directory that
   * cannot be watched, an exception from {@code onChange}) is passed to {@code onProblem} and
   * the watch goes on, so later saves are still seen.
   */
  void run(Consumer<Set<Path>> onChange, Consumer<RuntimeException> onProblem) {
    try {
      while (true) {
        WatchKey first = service.take();
        try {
          burst(first, onChange);
        } catch (ClosedWatchServiceException e) {
          throw e;
        } catch (RuntimeException e) {
          onProblem.accept(e);
        }
      }
    } catch (ClosedWatchServiceException e) {
      // Closed: the watch is over.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The changed files for a terminal line: up to three names, or how many there are. */
  static String describe(Set<Path> changed) {
    List<String> names = changed.stream().map(Path::getFileName).map(String::valueOf).distinct().sorted().toList();
    return names.size() <= 3 ? String.join(", ", names) : names.size() + " files";
  }

  /** The one line a command prints for a burst that failed: the watch goes on. */
  static String warning(RuntimeException problem) {
    String message = problem instanceof UncheckedIOException || problem instanceof UsageProblem
        ? problem.getMessage()
        : "internal error: " + problem + " (please report it)";
    return "profile: warning: " + message + "; still watching [watch-problem]";
  }

  private void burst(WatchKey first, Consumer<Set<Path>> onChange) throws InterruptedException {
    Set<Path> changed = new LinkedHashSet<>();
    collect(first, changed);
    WatchKey next;
    while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
      collect(next, changed);
    }
    if (!changed.isEmpty()) {
      onChange.accept(changed);
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    try {
      collectEvents(key, changed);
    } finally {
      // Even after a failure: a key that is not reset reports nothing more.
      if (!key.reset()) {
        directories.remove(key);
      }
    }
  }

  private void collectEvents(WatchKey key, Set<Path> changed) {
    Path directory = directories.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (directory == null) {
        continue;
      }
      if (event.kind() == OVERFLOW) {
        // Events were lost: assume everything watched changed.
        changed.addAll(files);
        changed.add(directory);
        continue;
      }
      Path path = directory.resolve((Path) event.context());
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path) && treeOf(path) != null) {
        addNewDirectory(path, changed);
      }
      if (isRelevant(path)) {
        changed.add(path);
      }
    }
  }

  /** A directory created in a watched tree: watched from now on, its files reported as changed. */
  private void addNewDirectory(Path path, Set<Path> changed) {
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isDirectory).forEach(this::registerIfPresent);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch " + path + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        return;
      }
      throw e;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isRegularFile).filter(this::isRelevant).forEach(changed::add);
    } catch (IOException | UncheckedIOException e) {
      // Gone again already: nothing to report.
    }
  }

  /** Registers a directory unless it has vanished already (created and removed within a burst). */
  private void registerIfPresent(Path directory) {
    try {
      registerOrThrow(directory);
    } catch (NoSuchFileException e) {
      // Gone again: its removal is an event of its parent, which is watched.
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the directory " + directory + ": " + e.getMessage(), e);
    }
  }

  private boolean isRelevant(Path path) {
    if (files.contains(path)) {
      return true;
    }
    Predicate<Path> flat = flatDirectories.get(path.getParent());
    if (flat != null && !Files.isDirectory(path) && flat.test(path)) {
      return true;
    }
    Path root = treeOf(path);
    return root != null && !Files.isDirectory(path) && trees.get(root).test(path);
  }

  private Path treeOf(Path path) {
    for (Path root : trees.keySet()) {
      if (path.startsWith(root)) {
        return root;
      }
    }
    return null;
  }

  private void registerTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isDirectory).forEach(this::register);
    } catch (IOException | UncheckedIOException e) {
      throw new UsageProblem("cannot watch " + root + ": " + e.getMessage());
    }
  }

  private void register(Path directory) {
    try {
      registerOrThrow(directory);
    } catch (IOException e) {
      throw new UsageProblem("cannot watch the directory " + directory + ": " + e.getMessage());
    }
  }

  private void registerOrThrow(Path directory) throws IOException {
    if (!directories.containsValue(directory)) {
      directories.put(directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), directory);
    }
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // Closing a watch service only releases its handles.
    }
  }
}
