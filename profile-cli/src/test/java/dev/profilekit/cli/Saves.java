package dev.profilekit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Saves a file the way vim and JetBrains editors do: a new file renamed over the old one. Tests
 * that wait for "the" rebuild after a save use it, so no rebuild can see the file half written
 * (a plain write truncates first); FileWatcherTest covers plain writes.
 */
final class Saves {
  private Saves() {}

  static Path byRename(Path file, String content) throws IOException {
    Path temporary = file.resolveSibling(file.getFileName() + "___jb_tmp___");
    Files.writeString(temporary, content);
    return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
