package dev.profilekit.render.html.internal;

/**
 * Most Markdown in a profile is plain prose: words and common punctuation, in lines and
 * paragraphs, with no Markdown or HTML syntax at all. For such text the HTML is known without
 * parsing, and building it directly is many times cheaper than running flexmark and the
 * sanitizer. Anything that could be syntax, or that the sanitizer would re-encode differently,
 * is not plain and takes the full path; a test compares both paths on random text.
 */
final class PlainProse {
  private PlainProse() {}

  /**
   * The HTML flexmark and the sanitizer would give for {@code text}, one {@code <p>} per
   * paragraph, or {@code null} when the text is not plain prose.
   */
  static String toHtml(String text) {
    if (text.isEmpty()) {
      return null;
    }
    StringBuilder html = new StringBuilder(text.length() + 32);
    boolean inParagraph = false;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      if (lineEnd == lineStart) {
        if (inParagraph) {
          html.append("</p>");
          inParagraph = false;
        }
      } else {
        if (!isPlainLine(text, lineStart, lineEnd)) {
          return null;
        }
        if (inParagraph) {
          html.append('\n');
        } else {
          if (html.length() > 0) {
            html.append('\n');
          }
          html.append("<p>");
          inParagraph = true;
        }
        appendEncoded(html, text, lineStart, lineEnd);
      }
      lineStart = lineEnd + 1;
    }
    if (inParagraph) {
      html.append("</p>");
    }
    return html.length() == 0 ? null : html.toString();
  }

  /** The text inside the paragraph when {@code html} (from {@link #toHtml}) is one paragraph. */
  static String singleParagraph(String html) {
    int end = html.length() - "</p>".length();
    return html.indexOf("</p>") == end ? html.substring("<p>".length(), end) : html;
  }

  /**
   * A line that starts with a letter (or with digits not followed by {@code .} or {@code )}, which
   * would begin a list), ends without a space, and holds only plain characters, can only be
   * paragraph text.
   */
  private static boolean isPlainLine(String text, int start, int end) {
    char first = text.charAt(start);
    if (!Character.isLetterOrDigit(first) || text.charAt(end - 1) == ' ') {
      return false;
    }
    if (isAsciiDigit(first)) {
      int i = start;
      while (i < end && isAsciiDigit(text.charAt(i))) {
        i++;
      }
      if (i < end && (text.charAt(i) == '.' || text.charAt(i) == ')')) {
        return false;
      }
    }
    for (int i = start; i < end; i++) {
      if (!isPlainChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPlainChar(char c) {
    if (c < 0x80) {
      return c >= ' ' && c < 0x7f && "\\`*_[]<>&#|~!{}".indexOf(c) < 0;
    }
    if (c >= 0xFE00) {
      return false; // presentation and full-width forms: the sanitizer writes many as &#x…;
    }
    switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.DASH_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
        return true;
      case Character.OTHER_PUNCTUATION:
        return c == '\u2026'; // …
      default:
        return false;
    }
  }

  /** The sanitizer's text encoding for the plain characters. */
  private static void appendEncoded(StringBuilder html, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          html.append("&#34;");
          break;
        case '\'':
          html.append("&#39;");
          break;
        case '+':
          html.append("&#43;");
          break;
        case '=':
          html.append("&#61;");
          break;
        case '@':
          html.append("&#64;");
          break;
        default:
          html.append(c);
      }
    }
  }
}
