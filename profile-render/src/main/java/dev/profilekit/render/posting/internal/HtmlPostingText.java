package dev.profilekit.render.posting.internal;

import dev.profilekit.spi.PostingDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * A posting's HTML (a JobPosting's description, or a whole page) read the way people lay it out:
 * each list under a heading — an {@code h1}…{@code h6}, or a short paragraph that is all bold or
 * ends with a colon — is a requirement group (or the responsibilities); everything else is the
 * description, as plain text with its paragraphs kept.
 */
public final class HtmlPostingText {
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "footer", "header", "form", "noscript", "template");
  private static final int MAX_HEADING = 120;
  /** Deeper than this, an element's text is read as one paragraph: hostile nesting cannot exhaust the stack. */
  static final int MAX_DEPTH = 64;

  private final PostingDraft draft;
  private final List<String> description = new ArrayList<>();
  private String heading;

  private HtmlPostingText(PostingDraft draft) {
    this.draft = draft;
  }

  /** Reads {@code root}'s headings, lists and text into {@code draft}; the description is appended to. */
  public static void read(Element root, PostingDraft draft) {
    HtmlPostingText reader = new HtmlPostingText(draft);
    if (draft.description != null) {
      reader.description.add(draft.description);
    }
    reader.blocks(root, 0);
    if (!reader.description.isEmpty()) {
      draft.description = String.join("\n\n", reader.description);
    }
  }

  /** The text of every list item under {@code root}, nested items after their parent, one line each. */
  public static List<String> listItems(Element root) {
    List<String> items = new ArrayList<>();
    // An iterative walk that reads each outermost list and skips what is inside it.
    root.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element list && (list.tagName().equals("ul") || list.tagName().equals("ol"))) {
          items(list, items, 0);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
    });
    return items;
  }

  private void blocks(Element element, int depth) {
    StringBuilder inline = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        inline.append(text.text());
        continue;
      }
      if (!(child instanceof Element block)) {
        continue;
      }
      String tag = block.tagName();
      if (SKIPPED.contains(tag)) {
        continue;
      }
      if (!block.isBlock() && !tag.equals("br")) {
        inline.append(block.text());
        continue;
      }
      flush(inline);
      if (HEADINGS.contains(tag)) {
        heading = clean(block.text());
        description.add(block.text().strip());
      } else if (tag.equals("ul") || tag.equals("ol")) {
        List<String> items = new ArrayList<>();
        items(block, items, depth);
        draft.addList(heading, items);
        // The heading stays in the description only when nothing took it as a group's title.
        if (heading != null && !description.isEmpty() && description.get(description.size() - 1).strip().equals(heading)) {
          description.remove(description.size() - 1);
        } else if (heading != null && !description.isEmpty() && clean(description.get(description.size() - 1)).equals(heading)) {
          description.remove(description.size() - 1);
        }
      } else if (tag.equals("p") || tag.equals("div") && block.children().stream().noneMatch(Element::isBlock)) {
        paragraph(block);
      } else if (depth >= MAX_DEPTH) {
        paragraph(block);
      } else {
        blocks(block, depth + 1);
      }
    }
    flush(inline);
  }

  private void paragraph(Element block) {
    String text = block.text().strip();
    if (text.isEmpty()) {
      return;
    }
    boolean allBold = block.children().size() == 1
        && Set.of("strong", "b").contains(block.child(0).tagName())
        && block.child(0).text().strip().equals(text);
    if (text.length() <= MAX_HEADING && (allBold || text.endsWith(":"))) {
      heading = clean(text);
    }
    description.add(text);
  }

  private void flush(StringBuilder inline) {
    String text = inline.toString().strip();
    if (!text.isEmpty()) {
      description.add(text);
    }
    inline.setLength(0);
  }

  private static void items(Element list, List<String> into, int depth) {
    for (Element item : list.children()) {
      if (!item.tagName().equals("li")) {
        continue;
      }
      StringBuilder own = new StringBuilder();
      List<Element> nested = new ArrayList<>();
      for (Node child : item.childNodes()) {
        if (child instanceof Element e && (e.tagName().equals("ul") || e.tagName().equals("ol"))) {
          nested.add(e);
        } else if (child instanceof TextNode text) {
          own.append(text.text());
        } else if (child instanceof Element e) {
          own.append(' ').append(e.text()).append(' ');
        }
      }
      String line = own.toString().strip().replaceAll("\\s+", " ");
      if (!line.isEmpty()) {
        into.add(line);
      }
      if (depth >= MAX_DEPTH) {
        nested.forEach(n -> into.add(n.text().strip()));
      } else {
        nested.forEach(n -> items(n, into, depth + 1));
      }
    }
  }

  private static String clean(String heading) {
    return heading.strip().replaceAll("[:\\s]+$", "");
  }
}
