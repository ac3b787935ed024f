package dev.profilekit.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Writes a command's output. {@code -}, {@code /dev/stdout} and {@code /dev/stderr} are the
 * streams. A regular file (or one that does not exist yet) is written atomically: a temporary
 * file beside it, then a rename, so a reader never sees half of it and a failure leaves the old
 * file as it was. A symbolic link is followed and its target replaced, the link kept. Anything
 * else (a FIFO, a device) is written through, never renamed over. Missing parent directories
 * are created. The replaced file's permissions are kept. Never replaces one of the command's
 * inputs, nor, without {@code force}, a YAML file whose comments the new content would lose.
 *
 * <p>Temporary files are removed on every failure, and by a shutdown hook when the process is
 * interrupted (SIGINT, SIGTERM). A SIGKILL or a power cut can leave one behind: it is named
 * {@code .NAME.PID-N.tmp}, beside the output, and is safe to delete.
 */
final class OutputFile {
  private static final AtomicLong TEMPORARY_NAMES = new AtomicLong();
  private static final Pattern YAML_COMMENT = Pattern.compile("(?m)^\\s*#.*$");
  private static final int MAX_LINKS = 40;
  private static final Set<Consumer<Path>> WRITE_LISTENERS = ConcurrentHashMap.newKeySet();

  private OutputFile() {}

  /** Whether {@code destination} means standard output. */
  static boolean isStandardOutput(String destination) {
    return destination.equals("-") || destination.equals("/dev/stdout");
  }

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

  static void write(String destination, String content, Streams streams, Collection<String> inputs) {
    write(destination, content, streams, inputs, false);
  }

  /** Writes {@code content} as UTF-8 to {@code destination}; {@code force} lets it drop an existing file's comments. */
  static void write(String destination, String content, Streams streams, Collection<String> inputs, boolean force) {
    write(destination, content.getBytes(StandardCharsets.UTF_8), streams, inputs, force);
  }

  /**
   * Writes {@code content}, the bytes of any format, to {@code destination}; {@code force} lets
   * it drop an existing YAML file's comments.
   */
  static void write(String destination, byte[] content, Streams streams, Collection<String> inputs, boolean force) {
    if (isStandardOutput(destination) || destination.equals("/dev/stderr")) {
      writeToStream(destination, content, streams);
      return;
    }
    Path given = Path.of(destination).toAbsolutePath();
    if (isSpecial(given)) {
      writeThrough(destination, given, content);
      return;
    }
    Path target = resolve(destination, inputs);
    if (!isReplaceable(target)) {
      writeThrough(destination, target, content);
      return;
    }
    refuseToDropComments(destination, target, content, force);
    Path temporary = null;
    try {
      temporary = temporaryBeside(destination, target);
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
        out.write(content);
      }
      moveIntoPlace(temporary, target);
      written(target);
    } catch (IOException e) {
      throw problem(destination, target, e);
    } finally {
      Temporaries.forget(temporary);
    }
  }

  private static void writeToStream(String destination, byte[] content, Streams streams) {
    if (destination.equals("/dev/stderr")) {
      streams.err().print(new String(content, StandardCharsets.UTF_8));
      streams.err().flush();
      if (streams.err().checkError()) {
        throw new OutputProblem("cannot write to standard error");
      }
      return;
    }
    try {
      OutputStream out = streams.out();
      out.write(content);
      out.flush();
      failIfStreamFailed(out);
    } catch (IOException e) {
      throw new OutputProblem("cannot write to standard output: " + reason(e));
    }
  }

  /** {@link PrintStream} (System.out) swallows write errors: ask it whether one happened. */
  static void failIfStreamFailed(OutputStream out) throws IOException {
    if (out instanceof PrintStream print && print.checkError()) {
      throw new IOException("the write failed (disk full, or the reader went away)");
    }
  }

  /**
   * The file to write: {@code destination} made absolute, through any symbolic links (a
   * dangling one to the file it names), refusing one of the inputs and a directory.
   */
  private static Path resolve(String destination, Collection<String> inputs) {
    Path target = Path.of(destination).toAbsolutePath().normalize();
    try {
      for (int links = 0; Files.isSymbolicLink(target); links++) {
        if (links == MAX_LINKS) {
          throw new OutputProblem("cannot write " + destination + ": too many levels of symbolic links");
        }
        target = target.resolveSibling(Files.readSymbolicLink(target)).toAbsolutePath().normalize();
      }
    } catch (IOException e) {
      throw new OutputProblem("cannot write " + destination + ": " + reason(e));
    }
    for (String input : inputs) {
      if (!input.equals("-") && isSameFile(Path.of(input), target)) {
        throw new UsageProblem("refusing to overwrite the input " + input + ": choose another output with -o");
      }
    }
    if (Files.isDirectory(target)) {
      throw new UsageProblem("cannot write " + destination + ": it is a directory; name a file, or convert into the directory");
    }
    return target;
  }

  /**
   * Whether {@code path}, links followed, is something other than a file or directory: a FIFO,
   * a device, or a link such as {@code /dev/fd/1} to a pipe (whose target has no path of its own).
   */
  private static boolean isSpecial(Path path) {
    return Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
  }

  /** Regular files and names not taken yet are replaced; FIFOs and devices are written into. */
  private static boolean isReplaceable(Path target) {
    return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || !Files.exists(target, LinkOption.NOFOLLOW_LINKS);
  }

  private static void writeThrough(String destination, Path target, byte[] content) {
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
      out.write(content);
    } catch (IOException e) {
      throw problem(destination, target, e);
    }
  }

  private static void refuseToDropComments(String destination, Path target, byte[] bytes, boolean force) {
    if (force || !Files.isRegularFile(target)) {
      return;
    }
    String name = target.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      return;
    }
    String content = new String(bytes, StandardCharsets.UTF_8);
    String existing;
    try {
      existing = Files.readString(target, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return;
    }
    var comments = YAML_COMMENT.matcher(existing);
    while (comments.find()) {
      String comment = comments.group().strip();
      if (!content.contains(comment)) {
        throw new UsageProblem(destination + " has comments that the new content would drop (" + abbreviate(comment)
            + "): write elsewhere with -o, or replace it anyway with --force");
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }

  /**
   * A new, empty file beside {@code target}, its parent directories created first. Named from the
   * process id and a counter rather than by {@code Files.createTempFile}, whose SecureRandom costs
   * a start-up's worth of class loading; CREATE_NEW still guarantees the name is ours alone. It
   * gets the permissions of the file it will replace.
   */
  private static Path temporaryBeside(String destination, Path target) throws IOException {
    Path directory = target.getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      try {
        Files.createDirectories(directory);
      } catch (FileAlreadyExistsException e) {
        throw new OutputProblem("cannot write " + destination + ": " + e.getFile() + " is not a directory");
      }
    }
    while (true) {
      Path candidate = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
          + "-" + TEMPORARY_NAMES.incrementAndGet() + ".tmp");
      Temporaries.remember(candidate);
      try {
        Files.createFile(candidate);
        keepPermissionsOf(target, candidate);
        return candidate;
      } catch (FileAlreadyExistsException e) {
        // Left by an earlier process with the same id: try the next name.
        Temporaries.unregister(candidate);
      } catch (IOException | RuntimeException e) {
        Temporaries.forget(candidate);
        throw e;
      }
    }
  }

  private static void keepPermissionsOf(Path target, Path temporary) throws IOException {
    PosixFileAttributeView existing = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (existing == null || !Files.exists(target)) {
      return;
    }
    Set<PosixFilePermission> permissions = existing.readAttributes().permissions();
    Files.setPosixFilePermissions(temporary, permissions);
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static OutputProblem problem(String destination, Path target, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new OutputProblem("cannot write " + destination + ": the directory " + target.getParent() + " does not exist");
    }
    if (e instanceof AccessDeniedException) {
      return new OutputProblem("cannot write " + destination + ": permission denied");
    }
    return new OutputProblem("cannot write " + destination + ": " + reason(e));
  }

  /** The operating system's reason alone, without the file names Java puts around it. */
  private static String reason(IOException e) {
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Opens an output to stream into: standard output for {@code -}, otherwise a temporary file
   * that {@link Atomic#commit()} renames into place (or a FIFO or device written through);
   * closing without committing discards it.
   */
  static Atomic open(String destination, Streams streams, Collection<String> inputs) throws IOException {
    if (isStandardOutput(destination)) {
      return new Atomic(null, null, streams.out(), new BufferedWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), 1 << 16));
    }
    Path given = Path.of(destination).toAbsolutePath();
    Path target = isSpecial(given) ? given : resolve(destination, inputs);
    if (isSpecial(given) || !isReplaceable(target)) {
      OutputStream through = Files.newOutputStream(target, StandardOpenOption.WRITE);
      return new Atomic(null, null, through, new BufferedWriter(new OutputStreamWriter(through, StandardCharsets.UTF_8), 1 << 16));
    }
    Path temporary = temporaryBeside(destination, target);
    try {
      OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE);
      return new Atomic(temporary, target, out, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
    } catch (IOException | RuntimeException e) {
      Temporaries.forget(temporary);
      throw e;
    }
  }

  /** A streamed output that appears only when committed. */
  static final class Atomic implements AutoCloseable {
    private final Path temporary;
    private final Path target;
    private final OutputStream stream;
    private final Writer writer;
    private boolean committed;

    private Atomic(Path temporary, Path target, OutputStream stream, Writer writer) {
      this.temporary = temporary;
      this.target = target;
      this.stream = stream;
      this.writer = writer;
    }

    Writer writer() {
      return writer;
    }

    void commit() throws IOException {
      writer.flush();
      failIfStreamFailed(stream);
      if (temporary != null) {
        writer.close();
        moveIntoPlace(temporary, target);
        written(target);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (temporary != null) {
        try {
          writer.close();
        } finally {
          if (!committed) {
            Temporaries.forget(temporary);
          } else {
            Temporaries.unregister(temporary);
          }
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

  /** An output that cannot be written: exit code 5. */
  static final class OutputProblem extends RuntimeException {
    OutputProblem(String message) {
      super(message, null, false, false);
    }
  }
}
