package dev.profilekit.spi;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourceMap;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.internal.codec.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one read collects: diagnostics (up to a cap, then one closing note) and the tree the
 * profile was bound from, whose positions become the profile's source map. Not thread-safe: one
 * per read.
 */
public final class ReadContext {
  private final int maxDiagnostics;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private Node root;
  private int dropped;

  /**
   * An empty context.
   *
   * @param maxDiagnostics how many diagnostics to keep ({@code Limits.maxDiagnostics()})
   */
  public ReadContext(int maxDiagnostics) {
    this.maxDiagnostics = maxDiagnostics;
  }

  /**
   * Notes that the value at {@code path} was read from {@code node}. Only the root is kept: the
   * source map is worked out from the tree when it is first asked for.
   *
   * @param path the value's path
   * @param node the node it was read from
   */
  public void record(String path, Node node) {
    if (root == null && path.equals(Paths.ROOT)) {
      root = node;
    }
  }

  /**
   * Adds an error.
   *
   * @param code a stable kebab-case code
   * @param message what is wrong, for people
   * @param path the JSON path of the value
   * @param at where it was written, or null
   * @param hint what to do about it, or null
   */
  public void error(String code, String message, String path, SourcePosition at, String hint) {
    add(Diagnostic.error(code, message), path, at, hint);
  }

  /**
   * Adds a warning.
   *
   * @param code a stable kebab-case code
   * @param message what is wrong, for people
   * @param path the JSON path of the value
   * @param at where it was written, or null
   * @param hint what to do about it, or null
   */
  public void warning(String code, String message, String path, SourcePosition at, String hint) {
    add(Diagnostic.warning(code, message), path, at, hint);
  }

  /**
   * Adds a diagnostic made elsewhere (a parser's finding).
   *
   * @param diagnostic the diagnostic
   */
  public void add(Diagnostic diagnostic) {
    if (diagnostics.size() < maxDiagnostics) {
      diagnostics.add(diagnostic);
    } else {
      dropped++;
    }
  }

  private void add(Diagnostic base, String path, SourcePosition at, String hint) {
    add(
        base
            .withPath(path)
            .withPosition(at)
            .withHint(hint));
  }

  /**
   * Whether an error was added.
   *
   * @return true when there is an error
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * The diagnostics, with a closing note when the cap cut some off.
   *
   * @return the diagnostics in file order
   */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.sort(dev.profilekit.model.Diagnostics.IN_FILE_ORDER);
    if (dropped > 0) {
      all.add(
          Diagnostic.warning(
              "too-many-diagnostics",
              dropped + " more problems not shown (limit " + maxDiagnostics + ")"));
    }
    return all;
  }

  /**
   * The positions of the values read, by path.
   *
   * @return the source map of the tree recorded at the root, empty if none was
   */
  public SourceMap sourceMap() {
    Node tree = root;
    return tree == null
        ? SourceMap.empty()
        : SourceMap.lazy(() -> positionsIn(tree), path -> Optional.ofNullable(positionAlong(tree, path)));
  }

  /**
   * The position of the value at {@code path}, or of the nearest value above it that is in the
   * tree: the answer {@link #positionsIn} gives, found by walking down the path alone.
   */
  static SourcePosition positionAlong(Node root, String path) {
    if (!path.startsWith(Paths.ROOT)) {
      return null;
    }
    Node node = root;
    SourcePosition found = root.position();
    for (Object step : Paths.steps(path)) {
      node = step instanceof Integer index ? item(node, index) : member(node, (String) step);
      if (node == null) {
        break;
      }
      if (node.position() != null) {
        found = node.position();
      }
    }
    return found;
  }

  private static Node member(Node node, String key) {
    if (node instanceof Node.MapNode map) {
      Node.Member member = map.members().get(key);
      return member == null ? null : member.value();
    }
    return null;
  }

  private static Node item(Node node, int index) {
    if (node instanceof Node.ListNode list) {
      return index >= 0 && index < list.items().size() ? list.items().get(index) : null;
    }
    return null;
  }

  /** The position of every value in the tree, by the path the codecs give it. */
  private static Map<String, SourcePosition> positionsIn(Node root) {
    Map<String, SourcePosition> positions = new LinkedHashMap<>();
    Deque<Map.Entry<String, Node>> pending = new ArrayDeque<>();
    pending.push(Map.entry(Paths.ROOT, root));
    while (!pending.isEmpty()) {
      Map.Entry<String, Node> next = pending.pop();
      String path = next.getKey();
      Node node = next.getValue();
      positions.putIfAbsent(path, node.position());
      if (node instanceof Node.MapNode) {
        List<Node.Member> members = new ArrayList<>(((Node.MapNode) node).members().values());
        for (int i = members.size() - 1; i >= 0; i--) {
          pending.push(Map.entry(Paths.key(path, members.get(i).key()), members.get(i).value()));
        }
      } else if (node instanceof Node.ListNode) {
        List<Node> items = ((Node.ListNode) node).items();
        for (int i = items.size() - 1; i >= 0; i--) {
          pending.push(Map.entry(Paths.index(path, i), items.get(i)));
        }
      }
    }
    return positions;
  }
}
