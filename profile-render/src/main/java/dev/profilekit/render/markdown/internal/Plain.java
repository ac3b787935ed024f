package dev.profilekit.render.markdown.internal;

import dev.profilekit.spi.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed tree as plain values (maps in order, lists, scalars), to compare and write. */
final class Plain {
  private Plain() {}

  static Map<String, Object> of(Node.MapNode map) {
    Map<String, Object> values = new LinkedHashMap<>();
    map.members().forEach((key, member) -> values.put(key, value(member.value())));
    return values;
  }

  static Object value(Node node) {
    if (node instanceof Node.MapNode map) {
      return of(map);
    }
    if (node instanceof Node.ListNode list) {
      List<Object> items = new ArrayList<>();
      for (Node item : list.items()) {
        items.add(value(item));
      }
      return items;
    }
    return ((Node.ScalarNode) node).value();
  }
}
