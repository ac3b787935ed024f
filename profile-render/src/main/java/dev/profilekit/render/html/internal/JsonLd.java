package dev.profilekit.render.html.internal;

import dev.profilekit.model.internal.tree.TreeWriter;

/**
 * JSON that can sit inside {@code <script type="application/ld+json">}: the characters that
 * could end the script element or start a comment ({@code <}, {@code >}, {@code &}), and the
 * line separators older JavaScript parsers reject, are written as {@code \}{@code uXXXX}
 * escapes. These characters occur in JSON only inside strings, so escaping them everywhere is
 * exact.
 */
final class JsonLd {
  private JsonLd() {}

  static String scriptSafe(Object tree) {
    String json = TreeWriter.compactJson(tree);
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
