package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.ImmutableDiagnostic;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.internal.tree.InputProblem;
import dev.profilekit.model.internal.tree.Node;
import dev.profilekit.model.internal.tree.TreeParser;
import java.util.Optional;

/**
 * Splits YAML front matter ({@code ---} … {@code ---}) from the top of a page and parses it as
 * real YAML, with positions in the page's own lines.
 */
public final class FrontMatter {
  /** The front matter's YAML, and where the Markdown after it starts. */
  public record Split(Optional<Node.MapNode> yaml, int bodyStart) {}

  private FrontMatter() {}

  public static Split split(SourceText source, Limits limits) throws InputProblem {
    String text = source.text();
    if (!(text.startsWith("---\n") || text.equals("---"))) {
      return new Split(Optional.empty(), 0);
    }
    int lineStart = source.nextLineStart(0);
    while (lineStart < text.length()) {
      int next = source.nextLineStart(lineStart);
      String line = text.substring(lineStart, next).stripTrailing();
      if (line.equals("---") || line.equals("...")) {
        String yaml = text.substring(source.nextLineStart(0), lineStart);
        return new Split(parse(source, yaml, limits), next);
      }
      lineStart = next;
    }
    throw new InputProblem(
        ImmutableDiagnostic.builder()
            .from(Diagnostic.error("unclosed-front-matter", "the front matter that starts here is never closed"))
            .position(new SourcePosition(source.file(), 1, 1))
            .hint("end the front matter with a line holding only `---`")
            .build());
  }

  private static Optional<Node.MapNode> parse(SourceText source, String yaml, Limits limits)
      throws InputProblem {
    if (yaml.isBlank()) {
      return Optional.empty();
    }
    // The YAML starts on line 2 of the page: one line of offset.
    Node root = TreeParser.of(TreeParser.Syntax.YAML, limits).parse(source.file(), yaml, 1);
    if (root instanceof Node.ScalarNode scalar && scalar.value() == null) {
      return Optional.empty();
    }
    if (!(root instanceof Node.MapNode)) {
      throw new InputProblem(
          ImmutableDiagnostic.builder()
              .from(Diagnostic.error("wrong-type", "front matter must be a mapping of keys to values, found " + root.describe()))
              .position(root.position())
              .hint("write `key: value` lines between the `---` lines")
              .build());
    }
    return Optional.of((Node.MapNode) root);
  }
}
