package dev.profilekit.render.posting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;

/**
 * The properties of one microdata item ({@code itemscope}), as the values a JSON-LD reader would
 * see: text, a URL, a date, a nested item (a map) or, for {@code description}, the HTML itself.
 * A property given twice becomes a list. Properties of nested items stay with those items.
 * Nesting is bounded against hostile pages; where the bound stops reading, the caller is told.
 */
public final class Microdata {
  private static final int MAX_DEPTH = 8;

  private Microdata() {}

  /**
   * The item's properties; {@code tooDeep} is given the first element where the nesting bound
   * stopped reading (a nested item read as its text, or elements left out), at most once.
   */
  public static Map<String, Object> properties(Element scope, Consumer<Element> tooDeep) {
    Element[] first = new Element[1];
    Map<String, Object> properties = properties(scope, 0, element -> {
      if (first[0] == null) {
        first[0] = element;
      }
    });
    if (first[0] != null) {
      tooDeep.accept(first[0]);
    }
    return properties;
  }

  private static Map<String, Object> properties(Element scope, int depth, Consumer<Element> tooDeep) {
    Map<String, Object> properties = new LinkedHashMap<>();
    collect(scope, properties, depth, 0, tooDeep);
    return properties;
  }

  /** {@code nesting} counts elements, {@code depth} items: both are bounded against hostile pages. */
  private static void collect(Element parent, Map<String, Object> into, int depth, int nesting, Consumer<Element> tooDeep) {
    if (nesting > HtmlPostingText.MAX_DEPTH * 4) {
      if (!parent.children().isEmpty()) {
        tooDeep.accept(parent);
      }
      return;
    }
    for (Element child : parent.children()) {
      if (child.hasAttr("itemprop")) {
        Object value;
        if (!child.hasAttr("itemscope")) {
          value = value(child);
        } else if (depth < MAX_DEPTH) {
          value = properties(child, depth + 1, tooDeep);
        } else {
          tooDeep.accept(child);
          value = child.text();
        }
        for (String name : child.attr("itemprop").strip().split("\\s+")) {
          add(into, name, value);
        }
      }
      if (!child.hasAttr("itemscope")) {
        collect(child, into, depth, nesting + 1, tooDeep);
      }
    }
  }

  private static void add(Map<String, Object> into, String name, Object value) {
    Object earlier = into.get(name);
    if (earlier == null) {
      into.put(name, value);
      return;
    }
    List<Object> values = new ArrayList<>();
    if (earlier instanceof List<?> list) {
      values.addAll(list);
    } else {
      values.add(earlier);
    }
    values.add(value);
    into.put(name, values);
  }

  private static Object value(Element element) {
    String tag = element.tagName();
    if (element.hasAttr("content")) {
      return element.attr("content");
    }
    if ((tag.equals("a") || tag.equals("link")) && element.hasAttr("href")) {
      return element.attr("href");
    }
    if (tag.equals("time") && element.hasAttr("datetime")) {
      return element.attr("datetime");
    }
    if (tag.equals("img") && element.hasAttr("src")) {
      return element.attr("src");
    }
    // Lists in a description or qualifications are requirements: keep the HTML for the reader.
    return element.select("li").isEmpty() ? element.text() : element.html();
  }
}
