package dev.profilekit.render.markdown.internal;

import java.util.regex.Pattern;

/**
 * Backslash escapes that keep plain text literal in Markdown ({@code *Eve* [x](y)} stays text),
 * and their exact inverse.
 */
public final class Escaping {
  private static final String INLINE_SPECIALS = "\\`*_[]<>&!|~#";
  /** What would open a list, a thematic break or a setext underline at the start of a line. */
  private static final Pattern LIST_LIKE_START = Pattern.compile("^(\\d+)([.)])(?=[ \\t]|$)");
  private static final Pattern MARKER_START = Pattern.compile("^[-+=](?=[ \\t]|$)|^(=+|-+)[ \\t]*$");

  private Escaping() {}

  /** Plain text as Markdown that renders as exactly that text, on one line. */
  public static String escape(String plain) {
    StringBuilder out = new StringBuilder(plain.length() + 8);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (INLINE_SPECIALS.indexOf(c) >= 0 || (i == 0 && MARKER_START.matcher(plain).find())) {
        out.append('\\');
      }
      out.append(c);
    }
    var numbered = LIST_LIKE_START.matcher(out);
    if (numbered.find()) {
      out.insert(numbered.end(1), '\\');
    }
    return out.toString();
  }

  /** Removes the backslash before any ASCII punctuation, as CommonMark does. */
  public static String unescape(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (c == '\\' && i + 1 < markdown.length() && isAsciiPunctuation(markdown.charAt(i + 1))) {
        out.append(markdown.charAt(++i));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code text} can stand on one Markdown line and read back identically. */
  public static boolean fitsOnOneLine(String text) {
    return !text.isEmpty()
        && text.equals(text.strip())
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0
        && !text.contains("<!--");
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }
}
