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
        && !text.contains("<!--")
        && !hasUnwritableCharacters(text);
  }

  /**
   * Whether {@code text} holds a character that cannot stand raw in a Markdown page and read
   * back as itself: a control character other than tab and newline (a NUL makes the page look
   * binary), or a separator Java's and flexmark's line handling treats as a line end (U+0085,
   * U+2028, U+2029). Such text goes, exactly, into the marker's JSON instead.
   */
  public static boolean hasUnwritableCharacters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }
}
