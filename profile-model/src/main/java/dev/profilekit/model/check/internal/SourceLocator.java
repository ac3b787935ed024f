package dev.profilekit.model.check.internal;

import dev.profilekit.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places a piece of a field's text in the source it was read from. The source map knows where
 * each field starts; the piece is searched for in the source from there, so positions are
 * exact in plain, quoted and block scalars and in Markdown alike. When the piece cannot be found
 * near the field (an escape sequence changed its spelling), the field's own position is used.
 */
public final class SourceLocator {
  private final String source;
  private final List<Integer> lineStarts = new ArrayList<>();

  public SourceLocator(String source) {
    this.source = source;
    lineStarts.add(0);
    for (int i = 0; i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        lineStarts.add(i + 1);
      }
    }
  }

  /**
   * The position of {@code value.substring(start, end)} in the source, given that the value was
   * read at {@code field}.
   */
  public Optional<SourcePosition> locate(SourcePosition field, String value, int start, int end) {
    if (field.line() < 1 || field.line() > lineStarts.size()) {
      return Optional.empty();
    }
    String piece = value.substring(start, end);
    if (piece.isEmpty()) {
      return Optional.empty();
    }
    int occurrence = count(value.substring(0, start), piece);
    int from = lineStarts.get(field.line() - 1) + Math.max(0, field.column() - 1);
    // Quoting, folding and indentation make the source longer than the value, but not by much.
    int limit = Math.min(source.length(), from + 2 * value.length() + 16 * (lines(value) + 1) + 8);
    int found = from - 1;
    for (int i = 0; i <= occurrence; i++) {
      found = source.indexOf(piece, found + 1);
      if (found < 0 || found + piece.length() > limit) {
        return Optional.empty();
      }
    }
    return Optional.of(positionAt(field.file(), found));
  }

  private SourcePosition positionAt(String file, int offset) {
    int line = 0;
    int low = 0;
    int high = lineStarts.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (lineStarts.get(mid) <= offset) {
        line = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return new SourcePosition(file, line + 1, offset - lineStarts.get(line) + 1);
  }

  private static int count(String text, String piece) {
    int count = 0;
    int at = text.indexOf(piece);
    while (at >= 0) {
      count++;
      at = text.indexOf(piece, at + 1);
    }
    return count;
  }

  private static int lines(String value) {
    return (int) value.chars().filter(c -> c == '\n').count();
  }
}
