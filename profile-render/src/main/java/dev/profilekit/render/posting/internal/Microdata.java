package dev.profilekit.render.posting.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The properties of one microdata item ({@code itemscope}), as the values a JSON-LD reader would
 * see: text, a URL, a date, a nested item (a map) or, for {@code description}, the HTML itself.
 * A property given twice becomes a list. Properties of nested items stay with those items.
 */
public final class Microdata {
  private static final int MAX_DEPTH = 8;

  private Microdata() {}

  public static Map<String, Object> properties(Element scope) {
    return properties(scope, 0);
  }

  private static Map<String, Object> properties(Element scope, int depth) {
    Map<String, Object> properties = new LinkedHashMap<>();
    collect(scope, properties, depth);
    return properties;
  }

  private static void collect(Element parent, Map<String, Object> into, int depth) {
    collect(parent, into, depth, 0);
  }

  /** {@code nesting} counts elements, {@code depth} items: both are bounded against hostile pages. */
  private static void collect(Element parent, Map<String, Object> into, int depth, int nesting) {
    if (nesting > HtmlPostingText.MAX_DEPTH * 4) {
      return;
    }
    for (Element child : parent.children()) {
      if (child.hasAttr("itemprop")) {
        Object value = child.hasAttr("itemscope")
            ? (depth < MAX_DEPTH ? properties(child, depth + 1) : child.text())
            : value(child);
        for (String name : child.attr("itemprop").strip().split("\\s+")) {
          add(into, name, value);
        }
      }
      if (!child.hasAttr("itemscope")) {
        collect(child, into, depth, nesting + 1);
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
