package dev.profilekit.render.markdown.internal;

/** CR, LF and CRLF are all line ends; the model holds LF, the writer gives back the page's own. */
final class LineEnds {
  private LineEnds() {}

  /** The first line end of {@code text}, or LF when it has none. */
  static String of(String text) {
    int cr = text.indexOf('\r');
    int lf = text.indexOf('\n');
    if (cr < 0 || (lf >= 0 && lf < cr)) {
      return "\n";
    }
    return cr + 1 < text.length() && text.charAt(cr + 1) == '\n' ? "\r\n" : "\r";
  }

  /** {@code text} with every CRLF and lone CR made LF. */
  static String normalise(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** LF text with {@code lineEnd} instead. */
  static String restore(String text, String lineEnd) {
    return lineEnd.equals("\n") ? text : text.replace("\n", lineEnd);
  }
}
