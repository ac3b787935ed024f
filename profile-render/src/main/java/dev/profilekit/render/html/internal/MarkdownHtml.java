package dev.profilekit.render.html.internal;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown prose to safe HTML: flexmark renders it (raw HTML passes through), then the OWASP
 * sanitizer keeps only harmless formatting, links and images with allowed schemes. Whatever the
 * sanitizer removes is reported. Headings inside a body are moved below the heading of the part
 * that contains them, so the page's outline stays in order. Thread-safe.
 */
final class MarkdownHtml {
  private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)<p>((?:(?!</?p>).)*)</p>\\s*");

  private final Parser parser;
  private final HtmlRenderer renderer;
  /** One policy per level of the enclosing heading (index 1..6). */
  private final PolicyFactory[] policies = new PolicyFactory[7];

  MarkdownHtml() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).build();
    for (int level = 1; level <= 6; level++) {
      policies[level] = policy(level);
    }
  }

  /** Block content (paragraphs, lists…) under a heading of {@code headingLevel}. */
  String block(String markdown, int headingLevel, String path, Losses losses) {
    String html = renderer.render(parser.parse(markdown));
    return sanitize(html, headingLevel, path, losses).strip();
  }

  /** A one-paragraph text such as a claim's statement, without the paragraph around it. */
  String inline(String markdown, String path, Losses losses) {
    String html = block(markdown, 6, path, losses);
    var m = SINGLE_PARAGRAPH.matcher(html);
    return m.matches() ? m.group(1).strip() : html;
  }

  /** Whether {@link #inline} of this text gives phrasing content only. */
  static boolean isPhrasing(String html) {
    return !html.contains("<p>") && !html.contains("<ul>") && !html.contains("<ol>")
        && !html.contains("<blockquote>") && !html.contains("<pre>") && !html.contains("<table>")
        && !html.contains("<h") && !html.contains("<hr");
  }

  private String sanitize(String html, int headingLevel, String path, Losses losses) {
    HtmlChangeListener<Losses> listener =
        new HtmlChangeListener<>() {
          @Override
          public void discardedTag(Losses context, String elementName) {
            context.warn(
                "unsafe-html",
                "removed <" + elementName + "> from Markdown (only formatting, links and images are kept)",
                path);
          }

          @Override
          public void discardedAttributes(Losses context, String tagName, String... attributeNames) {
            for (String attribute : attributeNames) {
              String name = attribute.toLowerCase(Locale.ROOT);
              boolean url = name.equals("href") || name.equals("src");
              context.warn(
                  url ? "unsafe-url" : "unsafe-html",
                  url
                      ? "dropped an unsafe URL from a Markdown " + tagName + " (only http, https, mailto, tel and relative URLs are kept)"
                      : "removed the " + name + " attribute of <" + tagName + "> from Markdown",
                  path);
            }
          }
        };
    return policies[Math.max(1, Math.min(6, headingLevel))].sanitize(html, listener, losses);
  }

  /** An image keeps its place only with a source, and always has a text alternative. */
  private static String image(String name, List<String> attributes) {
    if (!hasAttribute(attributes, "src")) {
      return null;
    }
    if (!hasAttribute(attributes, "alt")) {
      attributes.add("alt");
      attributes.add("");
    }
    return name;
  }

  /** Attributes come as a flat list: name, value, name, value… */
  private static boolean hasAttribute(List<String> attributes, String wanted) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static PolicyFactory policy(int enclosingLevel) {
    return new HtmlPolicyBuilder()
        .allowElements(
            "p", "br", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub",
            "sup", "code", "kbd", "samp", "var", "pre", "blockquote", "q", "cite", "abbr", "ul",
            "ol", "li", "dl", "dt", "dd", "hr", "table", "thead", "tbody", "tfoot", "tr", "th",
            "td", "caption", "span")
        .allowElements(
            (name, attributes) ->
                "h" + Math.min(6, enclosingLevel + Integer.parseInt(name.substring(1))),
            "h1", "h2", "h3", "h4", "h5", "h6")
        .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
        .allowAttributes("start").matching(Pattern.compile("[0-9]{1,9}")).onElements("ol")
        .allowAttributes("title").onElements("a", "abbr", "img")
        .allowElements("a")
        .allowAttributes("href").onElements("a")
        // An image whose source was refused goes entirely: an <img> needs a src.
        .allowElements(MarkdownHtml::image, "img")
        .allowAttributes("src").matching((Predicate<String>) SafeUrls::isSafeImage).onElements("img")
        .allowAttributes("alt").onElements("img")
        .allowUrlProtocols("http", "https", "mailto", "tel")
        .toFactory();
  }
}
