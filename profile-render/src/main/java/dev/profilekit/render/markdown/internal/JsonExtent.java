package dev.profilekit.render.markdown.internal;

/** Where a JSON object at the start of a text ends, found without parsing it. */
final class JsonExtent {
  static final int TOO_DEEP = -2;

  private JsonExtent() {}

  /**
   * The offset just after the brace closing the object that opens {@code text}, -1 when it is
   * never closed, or {@link #TOO_DEEP} when it nests deeper than {@code maxDepth}.
   */
  static int end(String text, int maxDepth) {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > maxDepth + 1) {
          return TOO_DEEP;
        }
      } else if (c == '}' || c == ']') {
        if (--depth == 0) {
          return i + 1;
        }
      }
    }
    return -1;
  }
}
