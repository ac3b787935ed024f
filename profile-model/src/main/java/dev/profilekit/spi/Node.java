package dev.profilekit.spi;

import dev.profilekit.model.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value that remembers where it was written: a mapping, a list or a scalar, each with its
 * {@link SourcePosition}. Parsers ({@link TreeText}) make these; a format may build them itself
 * (with the constructors) from whatever it reads, and {@link ModelTrees} binds them to the model,
 * so that every diagnostic points at the offending value itself. Immutable.
 */
public sealed interface Node {
  /**
   * Where the value was written.
   *
   * @return its position, or null for a value that was not read from a file
   */
  SourcePosition position();

  /**
   * A word for messages: "a mapping", "a list", "text", "a number"…
   *
   * @return the description
   */
  String describe();

  /** A mapping; keys keep their order and their own positions. */
  final class MapNode implements Node {
    private final SourcePosition position;
    private final Map<String, Member> members;

    /**
     * A mapping; copies {@code members}: the node never changes, whatever the caller does next.
     *
     * @param position where the mapping starts
     * @param members its members by key, in order
     */
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
     *
     * @param position where the mapping starts
     * @param members its members by key, in order, never changed afterwards
     * @return the mapping
     */
    public static MapNode adopting(SourcePosition position, LinkedHashMap<String, Member> members) {
      return new MapNode(Collections.unmodifiableMap(members), position);
    }

    @Override
    public SourcePosition position() {
      return position;
    }

    /**
     * The members.
     *
     * @return the members by key, in the order written, unmodifiable
     */
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

  /**
   * One key of a mapping.
   *
   * @param key the key
   * @param keyPosition where the key was written
   * @param value its value
   */
  record Member(String key, SourcePosition keyPosition, Node value) {}

  /** A list. */
  final class ListNode implements Node {
    private final SourcePosition position;
    private final List<Node> items;

    /**
     * A list; copies {@code items}.
     *
     * @param position where the list starts
     * @param items its items, in order
     */
    public ListNode(SourcePosition position, List<Node> items) {
      this(List.copyOf(items), position);
    }

    /** Keeps {@code unmodifiable} as it is. */
    private ListNode(List<Node> unmodifiable, SourcePosition position) {
      this.position = position;
      this.items = unmodifiable;
    }

    /**
     * Takes {@code items} over without copying, as {@link MapNode#adopting} does.
     *
     * @param position where the list starts
     * @param items its items, never changed afterwards
     * @return the list
     */
    public static ListNode adopting(SourcePosition position, ArrayList<Node> items) {
      return new ListNode(Collections.unmodifiableList(items), position);
    }

    @Override
    public SourcePosition position() {
      return position;
    }

    /**
     * The items.
     *
     * @return the items in order, unmodifiable
     */
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
   *
   * @param position where the value was written
   * @param value the value
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
