package dev.profilekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Writes a command's output: to standard output for {@code -}, otherwise atomically (a
 * temporary file beside the target, then a rename), so a reader of the file never sees half of
 * it and a failure leaves the old file as it was. Never replaces one of the command's inputs.
 */
final class OutputFile {
  private static final AtomicLong TEMPORARY_NAMES = new AtomicLong();
  private static final Set<Consumer<Path>> WRITE_LISTENERS = ConcurrentHashMap.newKeySet();

  private OutputFile() {}

  /**
   * Tells {@code listener} the absolute path of every file written (renamed into place), from
   * any thread, until the returned handle is closed: {@code convert --watch} must tell its own
   * outputs from the user's saves.
   */
  static Listening listen(Consumer<Path> listener) {
    WRITE_LISTENERS.add(listener);
    return () -> WRITE_LISTENERS.remove(listener);
  }

  /** A listener's registration; closing it ends the listening. */
  interface Listening extends AutoCloseable {
    @Override
    void close();
  }

  private static void written(Path target) {
    for (Consumer<Path> listener : WRITE_LISTENERS) {
      listener.accept(target);
    }
  }

  /**
   * A new, empty file beside {@code target}. Named from the process id and a counter rather than
   * by {@code Files.createTempFile}, whose SecureRandom costs a start-up's worth of class loading;
   * CREATE_NEW still guarantees the name is ours alone.
   */
  private static Path temporaryBeside(Path target) throws IOException {
    while (true) {
      Path candidate = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
          + "-" + TEMPORARY_NAMES.incrementAndGet() + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // Left by an earlier process with the same id: try the next name.
      }
    }
  }

  static void write(String destination, String content, Streams streams, Collection<String> inputs) {
    if (destination.equals("-")) {
      try {
        OutputStream out = streams.out();
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        throw new OutputProblem("cannot write to standard output: " + e.getMessage());
      }
      return;
    }
    Path target = Path.of(destination).toAbsolutePath().normalize();
    for (String input : inputs) {
      if (!input.equals("-") && isSameFile(Path.of(input), target)) {
        throw new UsageProblem("refusing to overwrite the input " + input + ": choose another output with -o");
      }
    }
    Path directory = target.getParent();
    Path temporary = null;
    try {
      temporary = temporaryBeside(target);
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      written(target);
    } catch (NoSuchFileException e) {
      throw new OutputProblem("cannot write " + destination + ": the directory " + directory + " does not exist");
    } catch (IOException e) {
      throw new OutputProblem("cannot write " + destination + ": " + e.getMessage());
    } finally {
      deleteQuietly(temporary);
    }
  }

  /**
   * Opens an output to stream into: standard output for {@code -}, otherwise a temporary file
   * that {@link Atomic#commit()} renames into place; closing without committing discards it.
   */
  static Atomic open(String destination, Streams streams, Collection<String> inputs) throws IOException {
    if (destination.equals("-")) {
      return new Atomic(null, null, new java.io.BufferedWriter(
          new java.io.OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), 1 << 16));
    }
    Path target = Path.of(destination).toAbsolutePath().normalize();
    for (String input : inputs) {
      if (!input.equals("-") && isSameFile(Path.of(input), target)) {
        throw new UsageProblem("refusing to overwrite the input " + input + ": choose another output with -o");
      }
    }
    Path temporary = temporaryBeside(target);
    return new Atomic(temporary, target, Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
  }

  /** A streamed output that appears only when committed. */
  static final class Atomic implements AutoCloseable {
    private final Path temporary;
    private final Path target;
    private final java.io.Writer writer;
    private boolean committed;

    private Atomic(Path temporary, Path target, java.io.Writer writer) {
      this.temporary = temporary;
      this.target = target;
      this.writer = writer;
    }

    java.io.Writer writer() {
      return writer;
    }

    void commit() throws IOException {
      writer.flush();
      if (temporary != null) {
        writer.close();
        try {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        written(target);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (temporary != null) {
        writer.close();
        if (!committed) {
          deleteQuietly(temporary);
        }
      } else {
        writer.flush();
      }
    }
  }

  private static boolean isSameFile(Path input, Path target) {
    try {
      return Files.exists(target) && Files.exists(input) && Files.isSameFile(input, target);
    } catch (IOException e) {
      return input.toAbsolutePath().normalize().equals(target);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // The rename happened or the write failed first; a stray temporary file is harmless.
      }
    }
  }

  /** An output that cannot be written: exit code 5. */
  static final class OutputProblem extends RuntimeException {
    OutputProblem(String message) {
      super(message, null, false, false);
    }
  }
}
