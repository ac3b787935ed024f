package dev.profilekit.render.markdown.internal;

import java.util.regex.Pattern;

/** Values given as text ({@code --front-matter KEY=VALUE}) as the YAML scalars they plainly mean. */
final class FrontMatterValues {
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9]\\d{0,17})");

  private FrontMatterValues() {}

  static Object scalar(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    if (INTEGER.matcher(text).matches()) {
      return Long.valueOf(text);
    }
    return text;
  }
}
