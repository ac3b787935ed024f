package dev.profilekit.render.markdown.internal;

import java.util.regex.Pattern;

/** Which Markdown written as-is reads back as the same text in each place the writer puts it. */
final class MarkdownText {
  private static final Pattern BLOCK_START = Pattern.compile("^(?:[-+*>#=<|]|\\d+[.)]|```|~~~).*", Pattern.DOTALL);
  /** Lines that could start or hide a heading: only texts with one need a real parse. */
  private static final Pattern SUSPECT_LINE =
      Pattern.compile("(?m)^ {0,3}(?:#{1,6}(?:[ \\t]|$)|=+[ \\t]*$|-+[ \\t]*$|```|~~~|<)");
  private static final String PROBE = "\n\n# profilekit-probe\n";

  private MarkdownText() {}

  /** As a heading's text. */
  static boolean fitsHeading(String text) {
    return Escaping.fitsOnOneLine(text) && !text.endsWith("#") && !text.endsWith("\\");
  }

  /**
   * As a section's heading, written as it is. A section title keeps its Markdown ({@code Who
   * *am* I}), but never raw HTML or an entity: a title such as {@code <img src=x onerror=…>} is
   * escaped (and kept exactly in the marker) like every plain-text field, so a site generator
   * that passes raw HTML through (kramdown, pandoc) shows it as text.
   */
  static boolean fitsSectionHeading(String text) {
    return fitsHeading(text) && text.indexOf('<') < 0 && text.indexOf('&') < 0;
  }

  /** As the first line of a list item, before a marker. */
  static boolean fitsItem(String text) {
    return Escaping.fitsOnOneLine(text) && !BLOCK_START.matcher(text).matches() && !text.endsWith("\\");
  }

  /** As text under a heading, between blank lines. */
  static boolean fitsBody(String text) {
    return !text.isEmpty()
        && !text.isBlank()
        && text.indexOf('\r') < 0
        && !Escaping.hasUnwritableCharacters(text)
        && endsBeforeNextHeading(text)
        && !text.contains("<!-- profilekit")
        && !text.startsWith("---");
  }

  /**
   * Whether the text holds no heading of its own and closes everything it opens (a code fence,
   * an HTML block), so a heading after it is still a heading.
   */
  private static boolean endsBeforeNextHeading(String text) {
    if (!SUSPECT_LINE.matcher(text).find()) {
      return true;
    }
    com.vladsch.flexmark.util.ast.Node first = Outline.parseBlocks(text + PROBE).getFirstChild();
    com.vladsch.flexmark.util.ast.Node heading = null;
    for (var block = first; block != null; block = block.getNext()) {
      if (block instanceof com.vladsch.flexmark.ast.Heading) {
        if (heading != null) {
          return false;
        }
        heading = block;
      }
    }
    return heading != null && heading.getNext() == null
        && ((com.vladsch.flexmark.ast.Heading) heading).getText().toString().equals("profilekit-probe");
  }

  /** One line for people where the exact text goes into the marker. */
  static String preview(String text) {
    String oneLine = text.replaceAll("[\\s\\x00-\\x1F\\x7F-\\x9F\\u2028\\u2029]+", " ").strip();
    return oneLine.isEmpty() ? "(empty)" : Escaping.escape(oneLine);
  }
}
