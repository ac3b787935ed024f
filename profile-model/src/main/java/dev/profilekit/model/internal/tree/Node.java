package dev.profilekit.model.internal.tree;

import dev.profilekit.model.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers where it was written. Readers bind these to the
 * model, so every diagnostic can point at the offending value itself.
 */
public sealed interface Node {
  SourcePosition position();

  /** A word for messages: "a mapping", "a list", "text", "a number"… */
  String describe();

  /** A mapping; keys keep their order and their own positions. */
  record MapNode(SourcePosition position, Map<String, Member> members) implements Node {
    public MapNode {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping. */
  record Member(String key, SourcePosition keyPosition, Node value) {}

  record ListNode(SourcePosition position, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: {@code String}, {@code Boolean}, {@code Long}, {@code java.math.BigInteger},
   * {@code java.math.BigDecimal} or {@code null}.
   */
  record ScalarNode(SourcePosition position, Object value) implements Node {
    @Override
    public String describe() {
      if (value == null) {
        return "null";
      }
      if (value instanceof String) {
        return "text";
      }
      if (value instanceof Boolean) {
        return "true/false";
      }
      return "a number";
    }
  }
}
