package dev.profilekit.model;

/**
 * Text from a profile made safe to print on a terminal: control characters (which can set the
 * window title, clear the screen or fake a line of output) are shown as {@code \u001b}-style
 * escapes instead of being sent raw.
 */
public final class PrintableText {
  private PrintableText() {}

  /**
   * {@code text} with every C0 and C1 control character, DEL and U+2028/U+2029 escaped.
   *
   * @param text text from a profile or an input
   * @return the text, safe to print
   */
  public static String of(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
  }
}
