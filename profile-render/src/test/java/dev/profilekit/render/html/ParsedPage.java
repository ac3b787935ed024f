package dev.profilekit.render.html;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A page parsed the way a browser parses it (the HTML5 parsing algorithm, from the Nu
 * checker), for asking what became markup rather than searching text.
 */
final class ParsedPage {
  private static final List<String> URL_ATTRIBUTES =
      List.of("href", "src", "action", "formaction", "data", "srcdoc", "xlink:href", "poster", "background");

  private final Document document;

  private ParsedPage(Document document) {
    this.document = document;
  }

  static ParsedPage parse(String html) {
    try {
      HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALLOW);
      return new ParsedPage(builder.parse(new InputSource(new StringReader(html))));
    } catch (SAXException | IOException e) {
      throw new AssertionError("cannot parse the page: " + e.getMessage(), e);
    }
  }

  List<Element> elements(String name) {
    NodeList nodes = document.getElementsByTagName(name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  List<Element> allElements() {
    return elements("*");
  }

  String title() {
    return elements("title").stream().map(Element::getTextContent).findFirst().orElse("");
  }

  String bodyText() {
    return elements("body").get(0).getTextContent().replaceAll("\\s+", " ");
  }

  List<String> headings(String level) {
    return elements(level).stream().map(e -> e.getTextContent().replaceAll("\\s+", " ").strip()).toList();
  }

  /** Every {@code element[attribute=value]} whose attribute name starts with {@code on}. */
  List<String> eventHandlerAttributes() {
    List<String> found = new ArrayList<>();
    for (Element element : allElements()) {
      NamedNodeMap attributes = element.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Attr attribute = (Attr) attributes.item(i);
        if (attribute.getName().toLowerCase(Locale.ROOT).startsWith("on")) {
          found.add(element.getTagName() + "[" + attribute.getName() + "]");
        }
      }
    }
    return found;
  }

  /** URL-valued attributes that are not http, https, mailto, tel, a fragment or relative. */
  List<String> unsafeUrlAttributes() {
    List<String> found = new ArrayList<>();
    for (Element element : allElements()) {
      for (String name : URL_ATTRIBUTES) {
        if (element.hasAttribute(name)) {
          String value = element.getAttribute(name).replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
          boolean safe =
              value.startsWith("http://") || value.startsWith("https://") || value.startsWith("mailto:")
                  || value.startsWith("tel:") || value.startsWith("#") || !value.matches("^[a-z][a-z0-9+.-]*:.*");
          if (!safe || name.equals("srcdoc")) {
            found.add(element.getTagName() + "[" + name + "=" + element.getAttribute(name) + "]");
          }
        }
      }
    }
    return found;
  }

  /** Elements no page of ours contains and that could run or embed active content. */
  List<String> activeElements() {
    List<String> found = new ArrayList<>();
    for (String name : List.of("iframe", "object", "embed", "form", "input", "svg", "math", "base", "link", "frame", "applet")) {
      elements(name).forEach(element -> found.add(name));
    }
    return found;
  }
}
