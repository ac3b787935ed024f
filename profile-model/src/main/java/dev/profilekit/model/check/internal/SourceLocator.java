package dev.profilekit.model.check.internal;

import dev.profilekit.model.SourcePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places a piece of a field's text in the source it was read from. The source map knows where
 * each field starts; the piece is searched for in the source from there, so positions are
 * exact in plain, quoted and block scalars and in Markdown alike. When the piece cannot be found
 * near the field (an escape sequence changed its spelling), the field's own position is used.
 * Not thread-safe: one check run owns one.
 */
public final class SourceLocator {
  private final String source;
  private final List<Integer> lineStarts = new ArrayList<>();
  private final Map<String, Piece> pieces = new HashMap<>();
  private SourcePosition cursorField;
  private String cursorValue;
  private long scanned;

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
   * read at {@code field}. Calls for one field in increasing {@code start} order (as a scan
   * reports its hits) continue where the last one stopped, so locating every hit of a field
   * costs one pass over it, not one per hit.
   */
  public Optional<SourcePosition> locate(SourcePosition field, String value, int start, int end) {
    if (field.line() < 1 || field.line() > lineStarts.size()) {
      return Optional.empty();
    }
    String piece = value.substring(start, end);
    if (piece.isEmpty()) {
      return Optional.empty();
    }
    if (!field.equals(cursorField) || value != cursorValue) {
      cursorField = field;
      cursorValue = value;
      pieces.clear();
    }
    int from = lineStarts.get(field.line() - 1) + Math.max(0, field.column() - 1);
    // Quoting, folding and indentation make the source longer than the value, but not by much.
    int limit = Math.min(source.length(), from + 2 * value.length() + 16 * (lines(value) + 1) + 8);
    Piece state = pieces.get(piece);
    if (state == null || start < state.lastStart) {
      state = new Piece(from);
      pieces.put(piece, state);
    }
    state.lastStart = start;
    // How many times the piece occurs in the value before this hit...
    int at;
    while ((at = value.indexOf(piece, state.nextInValue)) >= 0 && at + piece.length() <= start) {
      scanned += at + 1 - state.nextInValue;
      state.occurrencesBefore++;
      state.nextInValue = at + 1;
    }
    // ...is how many to skip in the source.
    while (!state.exhausted && state.foundInSource < state.occurrencesBefore) {
      int found = indexWithin(piece, state.sourceAt + 1, limit);
      if (found < 0) {
        state.exhausted = true;
      } else {
        state.sourceAt = found;
        state.foundInSource++;
      }
    }
    return state.exhausted ? Optional.empty() : Optional.of(positionAt(field.file(), state.sourceAt));
  }

  /** The first {@code piece} in the source from {@code from} that ends by {@code limit}, or -1. */
  private int indexWithin(String piece, int from, int limit) {
    char first = piece.charAt(0);
    for (int i = Math.max(0, from); i + piece.length() <= limit; i++) {
      scanned++;
      if (source.charAt(i) == first && source.startsWith(piece, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Characters looked at so far: the work a run did, for tests that bound it. */
  long charactersScanned() {
    return scanned;
  }

  /** Where the search for one piece of the current field stands. */
  private static final class Piece {
    int lastStart;
    int nextInValue;
    int occurrencesBefore;
    /** Occurrences found in the source so far (the one wanted is number occurrencesBefore + 1). */
    int foundInSource = -1;
    int sourceAt;
    boolean exhausted;

    Piece(int from) {
      this.sourceAt = from - 1;
    }
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
    return SourcePosition.of(file, line + 1, offset - lineStarts.get(line) + 1);
  }

  private static int lines(String value) {
    return (int) value.chars().filter(c -> c == '\n').count();
  }
}
