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
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
   * Calls {@code onChange} with the changed paths after each burst of changes, until
   * {@link #close()} (from any thread) or an interrupt.
   */
  void run(Consumer<Set<Path>> onChange) {
    try {
      while (true) {
        Set<Path> changed = new LinkedHashSet<>();
        collect(service.take(), changed);
        WatchKey next;
        while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          collect(next, changed);
        }
        if (!changed.isEmpty()) {
          onChange.accept(changed);
        }
      }
    } catch (ClosedWatchServiceException e) {
      // Closed: the watch is over.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
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
        registerTree(path);
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).filter(this::isRelevant).forEach(changed::add);
        } catch (IOException | UncheckedIOException e) {
          // Gone again already: nothing to report.
        }
      }
      if (isRelevant(path)) {
        changed.add(path);
      }
    }
    if (!key.reset()) {
      directories.remove(key);
    }
  }

  private boolean isRelevant(Path path) {
    if (files.contains(path)) {
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
    if (directories.containsValue(directory)) {
      return;
    }
    try {
      directories.put(directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), directory);
    } catch (IOException e) {
      throw new UsageProblem("cannot watch the directory " + directory + ": " + e.getMessage());
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
