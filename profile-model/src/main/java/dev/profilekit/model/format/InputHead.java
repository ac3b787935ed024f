package dev.profilekit.model.format;

import dev.profilekit.model.internal.tree.TextDecoder;
import dev.profilekit.spi.InputProblem;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What a format recognises an input by when its name does not settle it: the first bytes (for
 * magic numbers such as ZIP's {@code PK\3\4} or PDF's {@code %PDF-}) and, when the input is
 * UTF-8 text, the text. Look at the start of either: recognising should be cheap.
 */
public final class InputHead {
  private final String name;
  private final byte[] bytes;
  private String text;
  private InputProblem notText;

  private InputHead(String name, byte[] bytes, String text) {
    this.name = Objects.requireNonNull(name, "name");
    this.bytes = bytes;
    this.text = text;
  }

  /**
   * The head of a text input.
   *
   * @param name the input's name
   * @param text its text
   * @return the head
   */
  public static InputHead ofText(String name, String text) {
    return new InputHead(name, null, Objects.requireNonNull(text, "text"));
  }

  /**
   * The head of an input read as bytes; the text is decoded when first asked for.
   *
   * @param name the input's name
   * @param bytes its bytes (not copied: do not change them)
   * @return the head
   */
  public static InputHead ofBytes(String name, byte[] bytes) {
    return new InputHead(name, Objects.requireNonNull(bytes, "bytes"), null);
  }

  /**
   * The input's name, usually its file name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Whether the input starts with these bytes.
   *
   * @param magic the bytes to look for, e.g. {@code 'P', 'K', 3, 4}
   * @return true when the input's first bytes are {@code magic}
   */
  public boolean startsWith(byte... magic) {
    if (bytes == null) {
      return startsWithText(magic);
    }
    return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
  }

  private boolean startsWithText(byte[] magic) {
    if (text.length() < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (text.charAt(i) != (magic[i] & 0xFF) || text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * The input as UTF-8 text, byte-order mark dropped.
   *
   * @return the text, or empty when the input is not UTF-8 text (binary, UTF-16, invalid bytes)
   */
  public Optional<String> text() {
    if (text == null && notText == null) {
      try {
        text = TextDecoder.decode(name, bytes);
      } catch (InputProblem problem) {
        notText = problem;
      }
    }
    return Optional.ofNullable(text);
  }

  /** Why {@link #text()} is empty: the problem a text reader would report. */
  Optional<InputProblem> notText() {
    text();
    return Optional.ofNullable(notText);
  }
}
