package dev.profilekit.render.html.internal;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * One object of the view model. Every documented key is always present (an absent value is
 * {@code ""}, {@code false} or an empty list, all false in a Mustache section), because Mustache
 * looks a missing key up in the enclosing objects and would show a parent's value.
 */
final class ViewMap extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  ViewMap with(String key, Object value) {
    put(key, value == null ? "" : value);
    return this;
  }

  /** A block of the page: shown when it has items. */
  static ViewMap block(String anchor, String heading, List<?> items) {
    return new ViewMap().with("anchor", anchor).with("heading", heading).with("items", items);
  }
}
