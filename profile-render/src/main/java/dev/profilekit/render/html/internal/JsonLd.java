package dev.profilekit.render.html.internal;

import java.util.List;
import java.util.Map;

/**
 * Compact JSON that can sit inside {@code <script type="application/ld+json">}: the characters
 * that could end the script element or open a comment ({@code <}, {@code >}, {@code &}), and
 * the line separators older JavaScript parsers reject, are written as {@code \}{@code uXXXX}
 * escapes. Trees are maps, lists and strings only, which is all the JSON-LD needs; writing them
 * here spares a command-line run the start-up of a JSON library.
 */
final class JsonLd {
  private JsonLd() {}

  static String scriptSafe(Object tree) {
    StringBuilder json = new StringBuilder(1024);
    write(tree, json);
    return json.toString();
  }

  private static void write(Object value, StringBuilder json) {
    if (value instanceof Map<?, ?> map) {
      json.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          json.append(',');
        }
        first = false;
        string(entry.getKey().toString(), json);
        json.append(':');
        write(entry.getValue(), json);
      }
      json.append('}');
    } else if (value instanceof List<?> list) {
      json.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          json.append(',');
        }
        write(list.get(i), json);
      }
      json.append(']');
    } else if (value instanceof String text) {
      string(text, json);
    } else {
      throw new IllegalArgumentException("not a JSON-LD value: " + value);
    }
  }

  private static void string(String text, StringBuilder json) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicode(c, json);
        default -> {
          if (c < 0x20) {
            unicode(c, json);
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }

  private static void unicode(char c, StringBuilder json) {
    json.append(String.format("\\u%04x", (int) c));
  }
}
