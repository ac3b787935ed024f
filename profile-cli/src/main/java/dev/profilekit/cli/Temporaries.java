package dev.profilekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files this process has open. A shutdown hook deletes them, so a run stopped by
 * SIGINT or SIGTERM (Ctrl-C during a batch) leaves none behind; SIGKILL runs no hook.
 */
final class Temporaries {
  private static final Set<Path> OPEN = ConcurrentHashMap.newKeySet();
  private static volatile boolean hooked;

  private Temporaries() {}

  /** Notes {@code file} before it is created, so no moment exists when it is on disk but unknown. */
  static void remember(Path file) {
    if (!hooked) {
      hook();
    }
    OPEN.add(file);
  }

  /** The file was renamed into place or never created: nothing to delete. */
  static void unregister(Path file) {
    if (file != null) {
      OPEN.remove(file);
    }
  }

  /** Deletes {@code file} if it is still there and stops tracking it. */
  static void forget(Path file) {
    if (file != null) {
      deleteQuietly(file);
      OPEN.remove(file);
    }
  }

  /** What the shutdown hook does: delete every temporary file still open. */
  static void deleteAll() {
    for (Path file : OPEN) {
      deleteQuietly(file);
      OPEN.remove(file);
    }
  }

  static boolean isTracked(Path file) {
    return OPEN.contains(file);
  }

  private static synchronized void hook() {
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(Temporaries::deleteAll, "profile-temporary-files"));
      hooked = true;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing more can be done on the way out; the name says it is ours and safe to delete.
    }
  }
}
