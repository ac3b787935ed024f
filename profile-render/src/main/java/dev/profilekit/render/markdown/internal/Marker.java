package dev.profilekit.render.markdown.internal;

import dev.profilekit.spi.TreeText;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML comment the writer leaves where the visible text cannot carry everything: what a
 * heading is ({@code profilekit:work}), and as JSON the values people need not see (ids,
 * extensions) or that Markdown cannot show exactly. Renderers hide comments, so the page reads
 * as ordinary Markdown.
 *
 * @param kind what the marked heading or item is, e.g. {@code work}, {@code entry}, {@code claim}
 * @param json the JSON object, or empty
 * @param jsonOffset where the JSON starts inside the marked line, for positions
 */
public record Marker(String kind, Optional<String> json, int jsonOffset) {
  private static final Pattern LINE = Pattern.compile("<!-- profilekit:([a-z][a-z-]*)(?: (\\{.*\\}))? -->");
  private static final String OPENING = "<!-- profilekit:";
  private static final Pattern TRAILING = Pattern.compile(" ?<!-- profilekit:([a-z][a-z-]*)(?: (\\{.*\\}))? -->$");

  public static String write(String kind, Map<String, Object> data) {
    if (data.isEmpty()) {
      return "<!-- profilekit:" + kind + " -->";
    }
    Map<String, Object> ordered = new java.util.LinkedHashMap<>();
    if (data.containsKey("id")) {
      ordered.put("id", data.get("id"));
    }
    ordered.putAll(data);
    // "--" and ">" only occur inside JSON strings; \\u escapes keep the comment from closing early.
    // Line and paragraph separators would end the marker's line for Java's regular expressions.
    String json = TreeText.compactJson(ordered).replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\u0085", "\\u0085");
    while (json.contains("--")) {
      json = json.replace("--", "-\\u002d");
    }
    return "<!-- profilekit:" + kind + " " + json + " -->";
  }

  /** The marker that is the whole of {@code line}. */
  public static Optional<Marker> ofLine(String line) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Marker(m.group(1), Optional.ofNullable(m.group(2)), m.start(2) < 0 ? 0 : m.start(2)));
  }

  /** The marker ending {@code text}, and the text before it. */
  public static Optional<Trailing> trailing(CharSequence text) {
    // Written JSON never holds "<!--" (see write), so a marker ending the text starts at the
    // last opening: matching only from there keeps the work linear however many openings the
    // text repeats.
    int opening = lastIndexOf(text, OPENING);
    if (opening < 0) {
      return Optional.empty();
    }
    Matcher m = TRAILING.matcher(text);
    m.region(opening > 0 && text.charAt(opening - 1) == ' ' ? opening - 1 : opening, text.length());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Trailing(
            text.subSequence(0, m.start()).toString(),
            new Marker(m.group(1), Optional.ofNullable(m.group(2)), m.start(2) < 0 ? m.start() : m.start(2))));
  }

  private static int lastIndexOf(CharSequence text, String wanted) {
    for (int i = text.length() - wanted.length(); i >= 0; i--) {
      if (text.charAt(i) == wanted.charAt(0) && regionMatches(text, i, wanted)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean regionMatches(CharSequence text, int at, String wanted) {
    for (int j = 1; j < wanted.length(); j++) {
      if (text.charAt(at + j) != wanted.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** Text followed by a marker. */
  public record Trailing(String text, Marker marker) {}
}
