package dev.profilekit.render.pdf.internal;

import dev.profilekit.model.Profile;
import dev.profilekit.model.Skill;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The theme's print page made ready for openhtmltopdf: the paper size, the document metadata
 * a theme did not set (author, subject, keywords), and PDF bookmarks for the page's sections.
 */
final class PrintDocument {
  private static final Pattern HEADING = Pattern.compile("h[1-6]");

  private PrintDocument() {}

  static Document prepare(String html, Profile profile, Paper paper) {
    Document document = Jsoup.parse(html);
    Element head = document.head();
    // Last in the head, so that it wins over a theme's own @page size: the setting decides.
    head.appendElement("style").text("@page { size: " + paper.cssSize() + "; }");
    String name = profile.person().name().orElse("").strip();
    String label = profile.person().label().orElse("").strip();
    if (document.title().isBlank()) {
      document.title(name.isEmpty() ? "Profile" : name);
    }
    metaIfAbsent(head, "author", name);
    metaIfAbsent(head, "subject", label.isEmpty() ? "Curriculum vitae" : "Curriculum vitae: " + label);
    metaIfAbsent(head, "keywords", String.join(", ", keywords(profile)));
    wrapMixedText(document.body());
    Element bookmarks = new Element("bookmarks");
    addBookmarks(document.body(), bookmarks);
    if (!bookmarks.children().isEmpty()) {
      head.appendChild(bookmarks);
    }
    return document;
  }

  /**
   * Puts each text node that has element siblings into a span of its own. openhtmltopdf writes
   * a line's own text before the text of the elements inside it (a sentence's bold words came
   * out after the sentence); when every text sits alone in its element, the PDF's text comes in
   * the page's order, which is what text extraction and applicant-tracking systems read.
   */
  private static void wrapMixedText(Element element) {
    boolean hasElements = !element.children().isEmpty();
    List<TextNode> texts = new ArrayList<>();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && hasElements && !text.isBlank()) {
        texts.add(text);
      }
    }
    for (TextNode text : texts) {
      text.wrap("<span></span>");
    }
    for (Element child : element.children()) {
      if (!child.normalName().equals("style") && !child.normalName().equals("script")) {
        wrapMixedText(child);
      }
    }
  }

  private static void metaIfAbsent(Element head, String name, String content) {
    if (content.isEmpty() || !head.select("meta[name=" + name + "]").isEmpty()) {
      return;
    }
    head.appendElement("meta").attr("name", name).attr("content", content);
  }

  /** Skill names and their keywords, each once, in the profile's order. */
  private static Set<String> keywords(Profile profile) {
    Set<String> keywords = new LinkedHashSet<>();
    for (Skill skill : profile.skills()) {
      skill.name().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(keywords::add);
      skill.keywords().stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(keywords::add);
    }
    return keywords;
  }

  /**
   * One bookmark for each section with an id whose first element is a heading, nested as the
   * sections are: the page's blocks, and within the narrative its subsections.
   */
  private static void addBookmarks(Element container, Element parent) {
    for (Element child : container.children()) {
      Element into = parent;
      if (child.normalName().equals("section") && !child.id().isEmpty()) {
        Element heading = child.firstElementChild();
        if (heading != null && HEADING.matcher(heading.normalName()).matches() && !heading.text().isBlank()) {
          into = parent.appendElement("bookmark").attr("name", heading.text().strip()).attr("href", "#" + child.id());
        }
      }
      if (child.normalName().equals("article")) {
        continue; // entries are not bookmarked: the sections are the outline
      }
      addBookmarks(child, into);
    }
  }
}
