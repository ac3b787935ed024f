package dev.profilekit.spi;

import dev.profilekit.model.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed YAML or JSON value that remembers where it was written. Readers bind these to the
 * model, so every diagnostic can point at the offending value itself.
 */
public sealed interface Node {
  SourcePosition position();

  /** A word for messages: "a mapping", "a list", "text", "a number"… */
  String describe();

  /** A mapping; keys keep their order and their own positions. */
  final class MapNode implements Node {
    private final SourcePosition position;
    private final Map<String, Member> members;

    /** Copies {@code members}: the node never changes, whatever the caller does next. */
    public MapNode(SourcePosition position, Map<String, Member> members) {
      this(Collections.unmodifiableMap(new LinkedHashMap<>(members)), position);
    }

    /** Keeps {@code unmodifiable} as it is. */
    private MapNode(Map<String, Member> unmodifiable, SourcePosition position) {
      this.position = position;
      this.members = unmodifiable;
    }

    /**
     * Takes {@code members} over without copying: a parser builds one map per mapping and never
     * touches it again, and copying every mapping of every profile costs a tenth of a read.
     */
    public static MapNode adopting(SourcePosition position, LinkedHashMap<String, Member> members) {
      return new MapNode(Collections.unmodifiableMap(members), position);
    }

    @Override
    public SourcePosition position() {
      return position;
    }

    public Map<String, Member> members() {
      return members;
    }

    @Override
    public String describe() {
      return "a mapping";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MapNode other && Objects.equals(position, other.position) && members.equals(other.members);
    }

    @Override
    public int hashCode() {
      return Objects.hash(position, members);
    }

    @Override
    public String toString() {
      return "MapNode[position=" + position + ", members=" + members + "]";
    }
  }

  /** One key of a mapping. */
  record Member(String key, SourcePosition keyPosition, Node value) {}

  final class ListNode implements Node {
    private final SourcePosition position;
    private final List<Node> items;

    /** Copies {@code items}. */
    public ListNode(SourcePosition position, List<Node> items) {
      this(List.copyOf(items), position);
    }

    /** Keeps {@code unmodifiable} as it is. */
    private ListNode(List<Node> unmodifiable, SourcePosition position) {
      this.position = position;
      this.items = unmodifiable;
    }

    /** Takes {@code items} over without copying, as {@link MapNode#adopting} does. */
    public static ListNode adopting(SourcePosition position, ArrayList<Node> items) {
      return new ListNode(Collections.unmodifiableList(items), position);
    }

    @Override
    public SourcePosition position() {
      return position;
    }

    public List<Node> items() {
      return items;
    }

    @Override
    public String describe() {
      return "a list";
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ListNode other && Objects.equals(position, other.position) && items.equals(other.items);
    }

    @Override
    public int hashCode() {
      return Objects.hash(position, items);
    }

    @Override
    public String toString() {
      return "ListNode[position=" + position + ", items=" + items + "]";
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
