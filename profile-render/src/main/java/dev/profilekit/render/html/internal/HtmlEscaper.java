package dev.profilekit.render.html.internal;

import com.samskivert.mustache.Mustache;

/**
 * The escaping JMustache's own HTML escaper does (the same characters and entities), in one
 * pass over the text instead of one {@code String.replace} per character.
 */
final class HtmlEscaper implements Mustache.Escaper {
  static final HtmlEscaper INSTANCE = new HtmlEscaper();

  private HtmlEscaper() {}

  @Override
  public String escape(String text) {
    int first = firstSpecial(text);
    if (first < 0) {
      return text;
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity = entity(c);
      if (entity == null) {
        escaped.append(c);
      } else {
        escaped.append(entity);
      }
    }
    return escaped.toString();
  }

  private static int firstSpecial(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (entity(text.charAt(i)) != null) {
        return i;
      }
    }
    return -1;
  }

  private static String entity(char c) {
    switch (c) {
      case '&':
        return "&amp;";
      case '\'':
        return "&#39;";
      case '"':
        return "&quot;";
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '`':
        return "&#x60;";
      case '=':
        return "&#x3D;";
      default:
        return null;
    }
  }
}
