package dev.profilekit;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Diagnostics;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatOption;
import dev.profilekit.model.format.FormatRole;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.UnknownFormatException;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The front door: read, write and convert profiles in any format on the class path, in one call
 * each. Reads validate, and every problem is a diagnostic in the result, never an exception;
 * writes return their loss report. An unknown format name, or an option the format does not
 * take, is an {@link IllegalArgumentException} that lists the known ones. Thread-safe; formats
 * are found once, through {@link Formats#standard()}.
 *
 * <pre>{@code
 * ReadResult read = ProfileKit.read(Path.of("me.yaml"));
 * Profile profile = read.profile().orElseThrow();
 * String json = ProfileKit.write(profile, "json").content();
 * ProfileKit.write(profile, "html", out);
 * ProfileKit.convert(Path.of("me.yaml"), Path.of("cv.html"));
 * }</pre>
 */
public final class ProfileKit {
  private ProfileKit() {}

  /**
   * Reads and validates a file; its name and content tell the format.
   *
   * @param file the file
   * @return the profile (present whenever it could be read, even with validation errors) and
   *     every diagnostic
   */
  public static ReadResult read(Path file) {
    return Profiles.read(Formats.standard(), Input.ofPath(file), Optional.empty(), ReadOptions.defaults());
  }

  /**
   * Reads and validates a file in the format named.
   *
   * @param file the file
   * @param format a format id or alias, e.g. {@code yaml}
   * @return the profile and every diagnostic
   * @throws IllegalArgumentException when no readable format has that name
   */
  public static ReadResult read(Path file, String format) {
    return Profiles.read(Formats.standard(), Input.ofPath(file), Optional.of(format), ReadOptions.defaults());
  }

  /**
   * Reads and validates a stream, which this method reads but does not close; {@code name} (a
   * file name such as {@code me.json}) and the content tell the format, and diagnostics show
   * the name.
   *
   * @param in the bytes
   * @param name a name for the input
   * @return the profile and every diagnostic
   */
  public static ReadResult read(InputStream in, String name) {
    // Readers close what they open: the caller's stream stays open.
    Input input = Input.of(name, () -> new FilterInputStream(in) {
      @Override
      public void close() {}
    });
    return Profiles.read(Formats.standard(), input, Optional.empty(), ReadOptions.defaults());
  }

  /**
   * Reads and validates bytes; {@code name} and the content tell the format.
   *
   * @param bytes the bytes
   * @param name a name for the input, e.g. {@code me.yaml}
   * @return the profile and every diagnostic
   */
  public static ReadResult read(byte[] bytes, String name) {
    return Profiles.read(Formats.standard(), Input.ofBytes(name, bytes), Optional.empty(), ReadOptions.defaults());
  }

  /**
   * Writes a profile in a format, in memory, with the default options.
   *
   * @param profile the profile
   * @param format a format id or alias, e.g. {@code json}
   * @return the output ({@link WriteResult#content()} for a text format, {@link
   *     WriteResult#bytes()} for any) and the loss report
   * @throws IllegalArgumentException when no format that writes has that name
   */
  public static WriteResult write(Profile profile, String format) {
    return write(profile, format, WriteOptions.defaults());
  }

  /**
   * Writes a profile in a format, in memory.
   *
   * @param profile the profile
   * @param format a format id or alias
   * @param options the options, e.g. from {@code HtmlOptions.builder()}
   * @return the output and the loss report
   * @throws IllegalArgumentException when no format that writes has that name, or it does not
   *     take an option given, or an option is wrong (an unknown target)
   */
  public static WriteResult write(Profile profile, String format, WriteOptions options) {
    Format chosen = writable(format);
    refuseUnknownOptions(chosen, options);
    return chosen.writer().orElseThrow().write(profile, options);
  }

  /**
   * Writes a profile in a format to a stream, which this method neither closes nor flushes.
   *
   * @param profile the profile
   * @param format a format id or alias
   * @param out where the bytes go
   * @return the loss report
   * @throws IllegalArgumentException when no format that writes has that name
   * @throws UncheckedIOException when {@code out} fails
   */
  public static List<Diagnostic> write(Profile profile, String format, OutputStream out) {
    return write(profile, format, WriteOptions.defaults(), out);
  }

  /**
   * Writes a profile in a format to a stream, which this method neither closes nor flushes.
   *
   * @param profile the profile
   * @param format a format id or alias
   * @param options the options
   * @param out where the bytes go
   * @return the loss report
   * @throws IllegalArgumentException when no format that writes has that name, or it does not
   *     take an option given
   * @throws UncheckedIOException when {@code out} fails
   */
  public static List<Diagnostic> write(Profile profile, String format, WriteOptions options, OutputStream out) {
    Format chosen = writable(format);
    refuseUnknownOptions(chosen, options);
    try {
      return chosen.writer().orElseThrow().write(profile, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Converts a file into another, each format told by its file name: reads and validates
   * {@code in}, and only if there is no error writes {@code out} atomically (a temporary file
   * beside it, then a rename), so a failed conversion leaves any existing {@code out} as it
   * was.
   *
   * @param in the file to read
   * @param out the file to write
   * @return every diagnostic of the read and the write's loss report, and whether {@code out}
   *     was written
   * @throws IllegalArgumentException when {@code out}'s name names no format that writes
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public static Conversion convert(Path in, Path out) {
    return convert(in, out, WriteOptions.defaults());
  }

  /**
   * Converts a file into another as {@link #convert(Path, Path)} does, with write options.
   *
   * @param in the file to read
   * @param out the file to write
   * @param options the write options
   * @return every diagnostic and whether {@code out} was written
   * @throws IllegalArgumentException when {@code out}'s name names no format that writes, or it
   *     does not take an option given
   * @throws UncheckedIOException when {@code out} cannot be written
   */
  public static Conversion convert(Path in, Path out, WriteOptions options) {
    Path fileName = out.getFileName();
    Format format = Formats.standard().forFileName(fileName == null ? out.toString() : fileName.toString(), FormatRole.WRITES_PROFILES)
        .orElseThrow(() -> new UnknownFormatException("cannot tell which format to write from the name " + out,
            Formats.standard().ids(f -> f.roles().contains(FormatRole.WRITES_PROFILES))));
    refuseUnknownOptions(format, options);
    ReadResult read = read(in);
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    if (read.profile().isEmpty() || read.hasErrors()) {
      return new Conversion(diagnostics, false);
    }
    WriteResult written = format.writer().orElseThrow().write(read.profile().get(), options);
    diagnostics.addAll(written.losses());
    diagnostics.sort(Diagnostics.IN_FILE_ORDER);
    writeAtomically(out, written.bytes());
    return new Conversion(diagnostics, true);
  }

  /**
   * The registry of formats this class uses.
   *
   * @return every format on the class path
   */
  public static Formats formats() {
    return Formats.standard();
  }

  /**
   * What {@link #convert} did.
   *
   * @param diagnostics the read's diagnostics and the write's losses, in file order
   * @param written whether the output file was written (false when the input had errors)
   */
  public record Conversion(List<Diagnostic> diagnostics, boolean written) {
    /**
     * Copies the list.
     *
     * @param diagnostics the diagnostics
     * @param written whether the output file was written
     */
    public Conversion {
      diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether any diagnostic is an error.
     *
     * @return true when the input had errors
     */
    public boolean hasErrors() {
      return Diagnostics.hasErrors(diagnostics);
    }
  }

  private static Format writable(String id) {
    Format format = Formats.standard().require(id);
    if (format.writer().isEmpty()) {
      throw new UnknownFormatException("the format '" + format.id() + "' cannot be written",
          Formats.standard().ids(f -> f.roles().contains(FormatRole.WRITES_PROFILES)));
    }
    return format;
  }

  /** Every option given must be one the format declares: nothing is ignored silently. */
  private static void refuseUnknownOptions(Format format, WriteOptions options) {
    List<String> given = new ArrayList<>();
    options.target().ifPresent(target -> given.add(FormatOption.TARGET));
    options.themeDirectory().ifPresent(theme -> given.add(FormatOption.THEME));
    if (!options.frontMatter().isEmpty()) {
      given.add(FormatOption.FRONT_MATTER);
    }
    for (String key : given) {
      if (format.options().stream().noneMatch(option -> option.kind() == FormatOption.Kind.FIELD && option.key().equals(key))) {
        throw new IllegalArgumentException(format.id() + " takes no " + key + " option" + known(format));
      }
    }
    for (String key : options.settings().keySet()) {
      if (format.options().stream().noneMatch(option -> option.kind() != FormatOption.Kind.FIELD && option.matches(key))) {
        throw new IllegalArgumentException("unknown setting '" + key + "' for " + format.id() + known(format));
      }
    }
  }

  private static String known(Format format) {
    List<String> keys = format.options().stream().map(FormatOption::synopsis).toList();
    return keys.isEmpty() ? " (it takes no options)" : " (it takes: " + String.join(", ", keys) + ")";
  }

  private static void writeAtomically(Path out, byte[] bytes) {
    Path target = out.toAbsolutePath();
    Path temporary = null;
    try {
      Files.createDirectories(target.getParent());
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      try {
        if (temporary != null) {
          Files.deleteIfExists(temporary);
        }
      } catch (IOException ignored) {
        // The write failed already; that is what to report.
      }
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
