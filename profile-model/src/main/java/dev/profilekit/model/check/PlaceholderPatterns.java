package dev.profilekit.model.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The placeholders {@link ProfileChecker} looks for: regular expressions ({@link Pattern}
 * syntax), matched case-insensitively against every prose field, with code spans and fenced
 * code left out.
 */
public final class PlaceholderPatterns {
  /**
   * The built-in list. Markers ({@code TODO}, {@code TBD}, {@code FIXME}, {@code XXX},
   * {@code ???}), empty list items, and parenthesised notes to self that open with a hedge or an
   * instruction: "(perhaps give some examples)", "(you need to expand this)", "(add numbers)".
   */
  public static final List<String> DEFAULTS = List.of(
      "\\bTODO\\b",
      "\\bTBD\\b",
      "\\bFIXME\\b",
      "\\bXXX\\b",
      "\\?{3,}",
      "^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]*$",
      "\\((?:todo|tbd|perhaps|maybe|possibly|you (?:need|should|could|might|must)|needs? to|note to self"
          + "|expand|elaborate|give|add|insert|fill in|mention|explain|cite|rephrase|reword|rewrite"
          + "|confirm|verify|double-check)\\b[^()\\n]*\\)");

  /** In a patterns file, the line that stands for {@link #DEFAULTS}. */
  public static final String DEFAULTS_LINE = "@defaults";

  private PlaceholderPatterns() {}

  /**
   * Reads a patterns file: one regular expression per line; blank lines and lines starting with
   * {@code #} are ignored; the line {@code @defaults} adds the built-in list. The file replaces the
   * built-in list unless it says {@code @defaults}.
   *
   * @param text the file's text
   * @return the patterns, in file order
   * @throws IllegalArgumentException naming the line, when a pattern is not a valid expression
   */
  public static List<String> parse(String text) {
    List<String> patterns = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.equals(DEFAULTS_LINE)) {
        patterns.addAll(DEFAULTS);
        continue;
      }
      try {
        compile(line);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
      patterns.add(line);
    }
    return List.copyOf(patterns);
  }

  /** Compiles a pattern the way the checker uses it. */
  static Pattern compile(String regex) {
    try {
      return Pattern.compile(
          regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "not a valid pattern: " + regex + " (" + e.getDescription() + ")", e);
    }
  }
}
