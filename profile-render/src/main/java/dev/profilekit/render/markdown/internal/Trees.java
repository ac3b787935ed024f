package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.SourcePosition;
import dev.profilekit.spi.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the native format's tree from Markdown, each value positioned where the page has it,
 * so the native codecs bind it (with their checks) and the source map points into the page.
 */
final class Trees {
  private Trees() {}

  static Node.ScalarNode scalar(SourcePosition at, Object value) {
    return new Node.ScalarNode(at, value);
  }

  static Node.ListNode list(SourcePosition at, List<Node> items) {
    return new Node.ListNode(at, items);
  }

  /** A mapping being built; keys keep their order, a later put replaces an earlier one. */
  static final class MapBuilder {
    private final SourcePosition at;
    private final Map<String, Node.Member> members = new LinkedHashMap<>();

    MapBuilder(SourcePosition at) {
      this.at = at;
    }

    MapBuilder put(String key, Node value) {
      members.put(key, new Node.Member(key, value.position(), value));
      return this;
    }

    MapBuilder putAll(Node.MapNode map) {
      members.putAll(map.members());
      return this;
    }

    boolean has(String key) {
      return members.containsKey(key);
    }

    Node remove(String key) {
      Node.Member removed = members.remove(key);
      return removed == null ? null : removed.value();
    }

    Node.MapNode build() {
      return new Node.MapNode(at, members);
    }
  }
}
