package dev.profilekit.model.internal.tree;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import java.util.Optional;

/**
 * The parsers' words for the commonest YAML and JSON mistakes, put plainly, at the place to
 * fix, with a hint that shows the fix (taken from the line itself where it can be).
 */
final class SyntaxErrors {
  private SyntaxErrors() {}

  /**
   * A diagnostic in plain words for the parser's {@code message} at {@code line}:{@code column}
   * (1-based, in {@code text}); empty when the mistake is not one of the common ones.
   *
   * @param contextLine the line a YAML construct being read started on (1-based), or 0
   */
  static Optional<Diagnostic> explain(String fileName, String text, int lineOffset, String message, int line,
      int column, int contextLine, int contextColumn) {
    if (message == null) {
      return Optional.empty();
    }
    if (message.contains("\\t(TAB)") || message.contains("\t(TAB)")) {
      return Optional.of(diagnostic("tab", "a tab is used for indentation, and YAML allows only spaces",
          fileName, line + lineOffset, column, "indent with spaces (two per level is usual)"));
    }
    if (message.contains("mapping values are not allowed here")) {
      String source = lineAt(text, line);
      int colonBefore = source.indexOf(": ");
      if (colonBefore < 0 || colonBefore >= column - 1) {
        // The first colon of its line: a key indented as if it continued the value above.
        return Optional.of(diagnostic("mis-indented-key",
            "this key is indented more than the keys around it, so it reads as part of the value above",
            fileName, line + lineOffset, column, "line it up with the keys above it"));
      }
      return Optional.of(diagnostic("colon-in-value",
          "a colon followed by a space inside a value: YAML reads it as the start of a mapping",
          fileName, line + lineOffset, column, quoteTheValue(lineAt(text, line))));
    }
    if (message.contains("while scanning a quoted scalar") && contextLine > 0) {
      String quote = charAt(text, contextLine, contextColumn).map(String::valueOf).orElse("\"");
      return Optional.of(diagnostic("unclosed-quote", "this quoted value is never closed",
          fileName, contextLine + lineOffset, contextColumn,
          "close it with " + quote + " where the value ends (a " + quote + " inside it is written "
              + (quote.equals("'") ? "''" : "\\\"") + ")"));
    }
    if (message.contains("was expecting double-quote to start property name")
        || message.contains("Unexpected character (']'")) {
      Optional<int[]> comma = commaBefore(text, line, column);
      if (comma.isPresent()) {
        return Optional.of(diagnostic("trailing-comma", "a comma with nothing after it: JSON allows no trailing comma",
            fileName, comma.get()[0] + lineOffset, comma.get()[1], "remove the comma"));
      }
      if (message.contains("double-quote")) {
        return Optional.of(diagnostic("syntax", "a key must be text in double quotes",
            fileName, line + lineOffset, column, "write \"key\": value (JSON needs the quotes, and double ones)"));
      }
    }
    if (message.contains("got this instead: +SEQ") || message.contains("got this instead: +MAP")) {
      return Optional.of(diagnostic("complex-key", "a key must be plain text, not a list or a mapping",
          fileName, line + lineOffset, column,
          "write the key as text followed by a colon (`name: value`); a line starting with `?` or a key in"
              + " [ ] or { } makes a complex key"));
    }
    return Optional.empty();
  }

  private static Diagnostic diagnostic(String code, String message, String fileName, int line, int column, String hint) {
    return Diagnostic.error(code, message)
        .withPosition(SourcePosition.of(fileName, line, Math.max(1, column)))
        .withHint(hint);
  }

  /** {@code summary: I: am great} → {@code quote the value: summary: "I: am great"}. */
  private static String quoteTheValue(String sourceLine) {
    int colon = sourceLine.indexOf(": ");
    if (colon < 0) {
      return "quote the value, e.g. key: \"a: b\"";
    }
    String key = sourceLine.substring(0, colon).strip();
    if (key.startsWith("- ")) {
      key = key.substring(2).strip();
    }
    String value = sourceLine.substring(colon + 2).strip();
    return "quote the value: " + key + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String lineAt(String text, int line) {
    int start = 0;
    for (int i = 1; i < line && start >= 0; i++) {
      start = text.indexOf('\n', start);
      start = start < 0 ? -1 : start + 1;
    }
    if (start < 0 || start > text.length()) {
      return "";
    }
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  private static Optional<Character> charAt(String text, int line, int column) {
    String source = lineAt(text, line);
    return column >= 1 && column <= source.length() ? Optional.of(source.charAt(column - 1)) : Optional.empty();
  }

  /** The line and column of the last non-blank character before line:column when it is a comma. */
  private static Optional<int[]> commaBefore(String text, int line, int column) {
    int offset = 0;
    for (int i = 1; i < line; i++) {
      offset = text.indexOf('\n', offset);
      if (offset < 0) {
        return Optional.empty();
      }
      offset++;
    }
    int at = Math.min(text.length(), offset + column - 1) - 1;
    while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
      at--;
    }
    if (at < 0 || text.charAt(at) != ',') {
      return Optional.empty();
    }
    int commaLine = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        commaLine++;
        lineStart = i + 1;
      }
    }
    return Optional.of(new int[] {commaLine, at - lineStart + 1});
  }
}
