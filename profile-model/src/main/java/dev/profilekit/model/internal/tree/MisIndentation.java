package dev.profilekit.model.internal.tree;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import java.util.Optional;
import tools.jackson.core.TokenStreamLocation;

/**
 * A plain YAML value that runs on over lines looking like list items: {@code - a} with a
 * {@code - b} indented one space more under it is the one text "a - b", silently. Worth a
 * warning, since it is almost always a mis-indented item.
 */
final class MisIndentation {
  /** A finding before it knows its file. */
  record Found(int line, int column, String value, String item) {
    Diagnostic at(String fileName, int lineOffset) {
      return Diagnostic.warning("mis-indented", "this line is read as part of the text \"" + shorten(value)
              + "\" above, not as a list item of its own")
          .withPosition(SourcePosition.of(fileName, line + lineOffset, column))
          .withHint("indent `" + shorten(item) + "` exactly like the item above it to make it an item; to keep one"
              + " text, quote it");
    }
  }

  private MisIndentation() {}

  static Optional<Found> check(String text, TokenStreamLocation start, TokenStreamLocation end, String value) {
    if (start == null || end == null || end.getLineNr() <= start.getLineNr() || value == null || value.indexOf('\n') >= 0) {
      return Optional.empty();
    }
    int offset = offsetOf(text, start.getLineNr(), start.getColumnNr());
    if (offset < 0 || offset >= text.length() || "\"'|>".indexOf(text.charAt(offset)) >= 0) {
      return Optional.empty();
    }
    int lineStart = text.indexOf('\n', offset) + 1;
    for (int line = start.getLineNr() + 1; line <= end.getLineNr() && lineStart > 0 && lineStart < text.length(); line++) {
      int lineEnd = text.indexOf('\n', lineStart);
      String source = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      String stripped = source.strip();
      if (stripped.startsWith("- ") || stripped.equals("-")) {
        int column = source.indexOf('-') + 1;
        return Optional.of(new Found(line, column, value, stripped));
      }
      lineStart = lineEnd + 1;
    }
    return Optional.empty();
  }

  private static int offsetOf(String text, int line, int column) {
    int offset = 0;
    for (int i = 1; i < line; i++) {
      offset = text.indexOf('\n', offset);
      if (offset < 0) {
        return -1;
      }
      offset++;
    }
    return offset + column - 1;
  }

  private static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }
}
