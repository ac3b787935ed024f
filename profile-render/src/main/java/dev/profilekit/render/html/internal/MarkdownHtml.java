package dev.profilekit.render.html.internal;

import dev.profilekit.render.internal.DeepStack;
import dev.profilekit.render.internal.LinearParser;
import dev.profilekit.render.internal.LongParagraphs;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.owasp.html.Handler;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamRenderer;
import org.owasp.html.PolicyFactory;

/**
 * Markdown prose to safe HTML: flexmark renders it (raw HTML passes through), then the OWASP
 * sanitizer keeps only harmless formatting, links and images with allowed schemes. Whatever the
 * sanitizer removes is reported. Headings inside a body are moved below the heading of the part
 * that contains them, so the page's outline stays in order. Thread-safe.
 */
final class MarkdownHtml {
  private static final Pattern SINGLE_PARAGRAPH = Pattern.compile("(?s)<p>((?:(?!</?p>).)*)</p>\\s*");

  private static final Pattern HEADING = Pattern.compile("h[1-6]");

  /** One policy per level of the enclosing heading (index 1..6), built when first needed. */
  private final AtomicReferenceArray<PolicyFactory> policies = new AtomicReferenceArray<>(7);

  /**
   * flexmark, set up on first use: a page whose text is all plain prose never needs it, and
   * setting it up is a good part of a single conversion's start-up.
   */
  private static final class Flexmark {
    static final LinearParser PARSER;
    static final HtmlRenderer RENDERER;

    static {
      MutableDataSet options = new MutableDataSet();
      options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
      options.set(HtmlRenderer.SOFT_BREAK, "\n");
      PARSER = LinearParser.build(options, LongParagraphs.Policy.REFUSE);
      RENDERER = HtmlRenderer.builder(options).build();
    }

    private Flexmark() {}
  }

  /**
   * The longest field given to flexmark. Its parser does more than linear work on some shapes
   * (long runs of autolinks, quote lines, link labels: its segmented sequences are rebuilt per
   * construct), so a longer field would take minutes; it is shown as plain text instead, with a
   * warning. A real prose field is a small fraction of this.
   */
  static final int MAX_MARKDOWN_CHARS = 32 * 1024;

  private static String asPlainText(String markdown, String path, Losses losses) {
    return asPlainText(markdown, path, losses, "a Markdown field of " + markdown.length()
        + " characters is longer than the " + MAX_MARKDOWN_CHARS + " rendered as Markdown: shown as plain text");
  }

  private static String asPlainText(String markdown, String path, Losses losses, String warning) {
    losses.warn("markdown-too-long", warning, path);
    StringBuilder html = new StringBuilder(markdown.length() + 64);
    for (String paragraph : markdown.split("\n[ \t]*\n")) {
      if (!paragraph.isBlank()) {
        html.append(html.length() == 0 ? "" : "\n").append("<p>")
            .append(HtmlEscaper.INSTANCE.escape(paragraph.strip()).replace("\n", "<br>\n")).append("</p>");
      }
    }
    return html.toString();
  }

  /** Block content (paragraphs, lists…) under a heading of {@code headingLevel}. */
  String block(String markdown, int headingLevel, String path, Losses losses) {
    String plain = PlainProse.toHtml(markdown);
    if (plain != null) {
      return plain;
    }
    return parsedBlock(markdown, headingLevel, path, losses);
  }

  /** {@link #block} always through flexmark and the sanitizer (tests compare the two). */
  String parsedBlock(String markdown, int headingLevel, String path, Losses losses) {
    if (markdown.length() > MAX_MARKDOWN_CHARS) {
      return asPlainText(markdown, path, losses);
    }
    Node document;
    try {
      document = DeepStack.call(() -> Flexmark.PARSER.parse(markdown));
    } catch (LongParagraphs.TooLong tooLong) {
      return asPlainText(markdown, path, losses, "a Markdown field with " + tooLong.getMessage()
          + " is longer than the " + LongParagraphs.MAX_SEPARATE_LINES + " lines rendered as Markdown there: shown as plain text");
    }
    refuseUnsafeLinks(document, path, losses);
    return sanitize(DeepStack.call(() -> Flexmark.RENDERER.render(document)), headingLevel, path, losses).strip();
  }

  /** A one-paragraph text such as a claim's statement, without the paragraph around it. */
  String inline(String markdown, String path, Losses losses) {
    String plain = PlainProse.toHtml(markdown);
    if (plain != null) {
      return PlainProse.singleParagraph(plain);
    }
    return parsedInline(markdown, path, losses);
  }

  /** {@link #inline} always through flexmark and the sanitizer (tests compare the two). */
  String parsedInline(String markdown, String path, Losses losses) {
    String html = parsedBlock(markdown, 6, path, losses);
    var m = SINGLE_PARAGRAPH.matcher(html);
    return m.matches() ? m.group(1).strip() : html;
  }

  /**
   * Takes Markdown links, images and link definitions with a refused URL out of the document,
   * keeping a link's text, and reports each. The sanitizer would drop them too; doing it here
   * reports them as what they are.
   */
  private static void refuseUnsafeLinks(Node document, String path, Losses losses) {
    List<LinkNodeBase> refused = new ArrayList<>();
    for (Node node : document.getDescendants()) {
      if (node instanceof LinkNodeBase link) {
        String url = link.getUrl().toString();
        boolean image = node instanceof Image;
        if (SafeUrls.check(url, image ? SafeUrls.IMAGE_SCHEMES : SafeUrls.LINK_SCHEMES).isEmpty() && !url.isBlank()) {
          refused.add(link);
          losses.warn(
              "unsafe-url",
              "dropped an unsafe URL from a Markdown " + (image ? "image" : "link")
                  + " (scheme '" + SafeUrls.scheme(url).orElse("?").replaceAll("[^a-z0-9+.\\-]", "?") + ":')",
              path);
        }
      }
    }
    for (LinkNodeBase link : refused) {
      if (link instanceof Link) {
        Node child = link.getFirstChild();
        while (child != null) {
          Node next = child.getNext();
          link.insertBefore(child);
          child = next;
        }
      }
      link.unlink();
    }
  }

  private String sanitize(String html, int headingLevel, String path, Losses losses) {
    HtmlChangeListener<Losses> listener =
        new HtmlChangeListener<>() {
          @Override
          public void discardedTag(Losses context, String elementName) {
            if (HEADING.matcher(elementName).matches()) {
              return; // headings are renamed to their new level, not removed
            }
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
                      ? "dropped an unsafe URL from an HTML <" + tagName + "> in Markdown (only http, https, mailto, tel and relative URLs are kept)"
                      : "removed the " + name + " attribute of <" + tagName + "> from Markdown",
                  path);
            }
          }
        };
    StringBuilder safe = new StringBuilder(html.length());
    PolicyFactory policy = policy(Math.max(1, Math.min(6, headingLevel)));
    HtmlSanitizer.sanitize(
        html,
        policy.apply(new InlineBalancer(HtmlStreamRenderer.create(safe, Handler.DO_NOTHING)), listener, losses));
    return safe.toString();
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

  private PolicyFactory policy(int enclosingLevel) {
    PolicyFactory policy = policies.get(enclosingLevel);
    if (policy == null) {
      // Two threads may both build it; the policies are equal and immutable.
      policy = buildPolicy(enclosingLevel);
      policies.set(enclosingLevel, policy);
    }
    return policy;
  }

  private static PolicyFactory buildPolicy(int enclosingLevel) {
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
        // A link whose URL is refused stays as its text in an <a> without href, so that the
        // refusal is reported as an unsafe URL rather than as a removed element.
        .allowElements("a")
        .allowWithoutAttributes("a")
        .allowAttributes("href").onElements("a")
        // An image whose source was refused goes entirely: an <img> needs a src.
        .allowElements(MarkdownHtml::image, "img")
        .allowAttributes("src").matching((Predicate<String>) SafeUrls::isSafeImage).onElements("img")
        .allowAttributes("alt").onElements("img")
        .allowUrlProtocols("http", "https", "mailto", "tel")
        .toFactory();
  }
}
