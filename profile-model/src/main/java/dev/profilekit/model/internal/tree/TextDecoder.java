package dev.profilekit.model.internal.tree;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.spi.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;

/**
 * Reads an input's bytes within the size limit and decodes them as strict UTF-8: a byte-order
 * mark is dropped, invalid bytes and binary files are refused with their position.
 */
public final class TextDecoder {
  private TextDecoder() {}

  public static String decode(Input input, Limits limits) throws InputProblem {
    String known = input.text().orElse(null);
    if (known != null && isDecodedAsItIs(known, limits.maxInputBytes())) {
      return known;
    }
    if (known != null) {
      refuseLoneSurrogate(input.name(), known);
    }
    byte[] bytes = readBounded(input, limits.maxInputBytes());
    return decode(input.name(), bytes);
  }

  /** Decodes bytes already read (within the limit) as {@link #decode(Input, Limits)} does. */
  public static String decode(String name, byte[] bytes) throws InputProblem {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    String utf16 = utf16(bytes);
    if (utf16 != null) {
      throw problem(
          name, bytes, 0, "utf16-input", "the input is " + utf16 + ", but UTF-8 is needed",
          "save the file as UTF-8 (for example: iconv -f UTF-16 -t UTF-8 IN > OUT)");
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw problem(
            name, bytes, i, "binary-input", "this looks like a binary file, not text (a NUL byte)",
            "give a YAML, JSON or Markdown file");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw problem(
          name, bytes, in.position(), "invalid-utf8", "the input is not valid UTF-8",
          "save the file as UTF-8");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * "UTF-16 (little-endian)" and the like when the bytes look like UTF-16 — a byte-order mark,
   * or a zero in every other byte of the first characters — else null.
   */
  private static String utf16(byte[] bytes) {
    if (bytes.length < 2) {
      return null;
    }
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    if (first == 0xFF && second == 0xFE) {
      return "UTF-16 (little-endian, with a byte-order mark)";
    }
    if (first == 0xFE && second == 0xFF) {
      return "UTF-16 (big-endian, with a byte-order mark)";
    }
    int pairs = Math.min(bytes.length / 2, 32);
    boolean little = true;
    boolean big = true;
    for (int i = 0; i < pairs; i++) {
      byte even = bytes[2 * i];
      byte odd = bytes[2 * i + 1];
      little &= even != 0 && odd == 0;
      big &= even == 0 && odd != 0;
    }
    return little ? "UTF-16 (little-endian)" : big ? "UTF-16 (big-endian)" : null;
  }

  private static void refuseLoneSurrogate(String name, String text) throws InputProblem {
    int lone = LoneSurrogates.indexOf(text);
    if (lone < 0) {
      return;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < lone; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    throw new InputProblem(
        Diagnostic.error("lone-surrogate", String.format(java.util.Locale.ROOT,
                "the text holds \\u%04x, half of a character (a lone surrogate)", (int) text.charAt(lone)))
            .withPosition(SourcePosition.of(name, line, lone - lineStart + 1))
            .withHint("write the whole character"));
  }

  /**
   * Whether decoding the UTF-8 bytes of {@code text} would give {@code text} back with no
   * problem to report: not empty, surely within the limit, no byte-order mark, no NUL, and no
   * lone surrogate (which encodes as {@code ?}). Anything else takes the byte path, which
   * reports it.
   */
  private static boolean isDecodedAsItIs(String text, long maxBytes) {
    if (text.isEmpty() || text.length() * 3L > maxBytes || text.charAt(0) == '\uFEFF') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  /** The input's bytes, refused when empty, unreadable or larger than {@code maxBytes}. */
  public static byte[] readBounded(Input input, long maxBytes) throws InputProblem {
    try (InputStream in = input.open()) {
      // One byte past the limit tells a too-large input, without reading the rest of it.
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, Math.max(0, maxBytes)) + 1);
      if (bytes.length > maxBytes) {
        throw new InputProblem(
            
                    Diagnostic.error(
                        "input-too-large",
                        "the input is larger than the limit of " + maxBytes + " bytes")
                .withPosition(SourcePosition.of(input.name(), 1, 1))
                .withHint("raise the limit with --max-input-bytes if the file is genuine"));
      }
      if (bytes.length == 0) {
        throw new InputProblem(
            Diagnostic.error("empty-input", "the input is empty")
                .withPosition(SourcePosition.of(input.name(), 1, 1))
                .withHint("run `profile init` for a starter profile"));
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw unreadable(input, "no such file");
    } catch (IOException e) {
      throw unreadable(input, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static InputProblem unreadable(Input input, String why) {
    return new InputProblem(
        Diagnostic.error("unreadable-input", "cannot read " + input.name() + ": " + why)
            .withPosition(SourcePosition.of(input.name(), 1, 1)));
  }

  private static InputProblem problem(
      String name, byte[] bytes, int offset, String code, String message, String hint) {
    return new InputProblem(
        Diagnostic.error(code, message)
            .withPosition(positionOf(name, bytes, offset))
            .withHint(hint));
  }

  /** Line and column (in characters, counting a bad byte as one) of a byte offset. */
  private static SourcePosition positionOf(String name, byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return SourcePosition.of(name, line, column);
  }
}
