package dev.profilekit.model.format;

import dev.profilekit.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A writer's output, held in memory, and its loss report: one warning for each thing the target
 * format could not carry, with the path of what was not carried. Nothing is dropped silently.
 * Text formats' output is text (UTF-8 in {@link #bytes()}); binary formats' output is bytes
 * alone. Immutable.
 */
public final class WriteResult {
  private final String text;
  private final byte[] bytes;
  private final List<Diagnostic> losses;

  private WriteResult(String text, byte[] bytes, List<Diagnostic> losses) {
    this.text = text;
    this.bytes = bytes;
    this.losses = List.copyOf(losses);
  }

  /**
   * The output of a text format.
   *
   * @param content the text written
   * @param losses what the format could not carry
   * @return the result
   */
  public static WriteResult of(String content, List<Diagnostic> losses) {
    return new WriteResult(Objects.requireNonNull(content, "content"), null, losses);
  }

  /**
   * The output of a text format that carried everything.
   *
   * @param content the text written
   * @return the result
   */
  public static WriteResult lossless(String content) {
    return of(content, List.of());
  }

  /**
   * The output of a binary format.
   *
   * @param bytes the bytes written (copied)
   * @param losses what the format could not carry
   * @return the result
   */
  public static WriteResult ofBytes(byte[] bytes, List<Diagnostic> losses) {
    return new WriteResult(null, bytes.clone(), losses);
  }

  /** Takes {@code bytes} over without copying, for this package's writers. */
  static WriteResult adoptingBytes(byte[] bytes, boolean text, List<Diagnostic> losses) {
    return text ? of(new String(bytes, StandardCharsets.UTF_8), losses) : new WriteResult(null, bytes, losses);
  }

  /**
   * Whether the output is text, so that {@link #content()} can be asked.
   *
   * @return true for a text format's output
   */
  public boolean isText() {
    return text != null;
  }

  /**
   * The text written.
   *
   * @return the text
   * @throws IllegalStateException when the output is binary: ask {@link #bytes()}
   */
  public String content() {
    if (text == null) {
      throw new IllegalStateException("the output is binary (" + bytes.length + " bytes): ask bytes()");
    }
    return text;
  }

  /**
   * The bytes written: a text format's text in UTF-8.
   *
   * @return a copy of the bytes
   */
  public byte[] bytes() {
    return text != null ? text.getBytes(StandardCharsets.UTF_8) : bytes.clone();
  }

  /**
   * What the format could not carry, each a warning with its path.
   *
   * @return the loss report, empty when nothing was lost
   */
  public List<Diagnostic> losses() {
    return losses;
  }

  /**
   * The same output with one more loss, when there is one: for a writer that adds what it knows
   * was left out to the report of the writer it builds on.
   *
   * @param loss the further loss, or empty
   * @return this result, or a copy whose report ends with {@code loss}
   */
  public WriteResult withLoss(Optional<Diagnostic> loss) {
    if (loss.isEmpty()) {
      return this;
    }
    List<Diagnostic> all = new ArrayList<>(losses);
    all.add(loss.get());
    return new WriteResult(text, bytes, all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WriteResult that && Objects.equals(text, that.text) && Arrays.equals(bytes, that.bytes)
        && losses.equals(that.losses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, Arrays.hashCode(bytes), losses);
  }

  @Override
  public String toString() {
    return "WriteResult[" + (text != null ? text.length() + " characters" : bytes.length + " bytes") + ", losses="
        + losses + "]";
  }
}
