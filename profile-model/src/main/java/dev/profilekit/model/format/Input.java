package dev.profilekit.model.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Something to read a profile from: a name for diagnostics (usually the file name) and a way to
 * open its bytes. Readers read at most {@link Limits#maxInputBytes()} of it.
 */
public final class Input {
  /** Opens the bytes of an input. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Opens the bytes, from the start, each time it is asked.
     *
     * @return a stream the caller closes
     * @throws IOException when the bytes cannot be opened
     */
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;
  private final String text;

  private Input(String name, Opener opener) {
    this(name, opener, null);
  }

  private Input(String name, Opener opener, String text) {
    this.name = Objects.requireNonNull(name, "name");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.text = text;
  }

  /**
   * An input whose bytes {@code opener} opens.
   *
   * @param name the name diagnostics give it
   * @param opener opens its bytes
   * @return the input
   */
  public static Input of(String name, Opener opener) {
    return new Input(name, opener);
  }

  /**
   * A file.
   *
   * @param path the file, also its name in diagnostics
   * @return the input
   */
  public static Input ofPath(Path path) {
    return new Input(path.toString(), () -> Files.newInputStream(path));
  }

  /**
   * Bytes in memory (copied).
   *
   * @param name the name diagnostics give them, e.g. a file name
   * @param bytes the bytes
   * @return the input
   */
  public static Input ofBytes(String name, byte[] bytes) {
    byte[] copy = bytes.clone();
    return new Input(name, () -> new ByteArrayInputStream(copy));
  }

  /** Takes {@code bytes} over without copying, for this package's callers that read them once. */
  static Input adopting(String name, byte[] bytes) {
    return new Input(name, () -> new ByteArrayInputStream(bytes));
  }

  /**
   * Text in memory; its bytes are the text in UTF-8.
   *
   * @param name the name diagnostics give it
   * @param text the text
   * @return the input
   */
  public static Input ofString(String name, String text) {
    // Encoded only if opened: readers mostly take the text itself.
    return new Input(name, () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), text);
  }

  /**
   * The text itself when the input was made from a string, so that a reader need not encode and
   * decode it again; its bytes are the text in UTF-8.
   *
   * @return the text, empty for an input of bytes
   */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /**
   * The name diagnostics use for this input.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Opens the input's bytes from the start.
   *
   * @return a stream the caller closes
   * @throws IOException when the bytes cannot be opened
   */
  public InputStream open() throws IOException {
    return opener.open();
  }

  @Override
  public String toString() {
    return name;
  }
}
