package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Limits;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.TreeText;
import java.util.List;
import java.util.Optional;

/**
 * Splits the front matter from the top of a page — YAML between {@code ---} lines, TOML between
 * {@code +++} lines, or a JSON object — and parses it for real, with positions in the page's
 * own lines. A key given twice is a warning and the last value wins, as in Jekyll and Hugo.
 */
public final class FrontMatter {
  /**
   * The front matter's values, its syntax, the block as written (fences included, no newline
   * after the last fence; empty when the page has none), and where the Markdown after it starts.
   */
  public record Split(Optional<Node.MapNode> values, FrontMatterSyntax syntax, String block, int bodyStart) {}

  private FrontMatter() {}

  public static Split split(SourceText source, Limits limits, List<Diagnostic> diagnostics) throws InputProblem {
    String text = source.text();
    if (text.startsWith("{") && looksLikeJson(text)) {
      return json(source, limits, diagnostics);
    }
    for (FrontMatterSyntax syntax : List.of(FrontMatterSyntax.YAML, FrontMatterSyntax.TOML)) {
      String fence = syntax.fence();
      if (text.startsWith(fence + "\n") || text.equals(fence)) {
        return fenced(source, syntax, limits, diagnostics);
      }
    }
    return new Split(Optional.empty(), FrontMatterSyntax.YAML, "", 0);
  }

  private static Split fenced(SourceText source, FrontMatterSyntax syntax, Limits limits, List<Diagnostic> diagnostics)
      throws InputProblem {
    String text = source.text();
    int lineStart = source.nextLineStart(0);
    while (lineStart < text.length()) {
      int next = source.nextLineStart(lineStart);
      String line = text.substring(lineStart, next).stripTrailing();
      if (line.equals(syntax.fence()) || (syntax == FrontMatterSyntax.YAML && line.equals("..."))) {
        String inner = text.substring(source.nextLineStart(0), lineStart);
        String block = text.substring(0, next).endsWith("\n") ? text.substring(0, next - 1) : text.substring(0, next);
        return new Split(parse(source, syntax, inner, 1, limits, diagnostics), syntax, block, next);
      }
      lineStart = next;
    }
    throw new InputProblem(
        Diagnostic.error("unclosed-front-matter", "the front matter that starts here is never closed")
            .withPosition(SourcePosition.of(source.file(), 1, 1))
            .withHint("end the front matter with a line holding only `" + syntax.fence() + "`"));
  }

  /** Hugo's JSON front matter: an object at the very top, its closing brace ending a line. */
  private static Split json(SourceText source, Limits limits, List<Diagnostic> diagnostics) throws InputProblem {
    String text = source.text();
    int end = JsonExtent.end(text, limits.maxDepth());
    if (end == JsonExtent.TOO_DEEP) {
      throw new InputProblem(
          Diagnostic.error("too-deep", "the input nests deeper than the limit of " + limits.maxDepth() + " levels")
              .withPosition(SourcePosition.of(source.file(), 1, 1))
              .withHint("front matter is only a few levels deep: check the file is the right one"));
    }
    if (end < 0) {
      throw new InputProblem(
          Diagnostic.error("unclosed-front-matter", "the JSON front matter that starts here is never closed")
              .withPosition(SourcePosition.of(source.file(), 1, 1))
              .withHint("end the front matter with a `}` that closes the first `{`"));
    }
    int lineEnd = source.nextLineStart(end - 1);
    // Text after the closing brace on its line belongs to the page, not the front matter.
    int next = text.substring(end, lineEnd).isBlank() ? lineEnd : end;
    String block = text.substring(0, end);
    Optional<Node.MapNode> values = parse(source, FrontMatterSyntax.JSON, block, 0, limits, diagnostics);
    return new Split(values, FrontMatterSyntax.JSON, block, next);
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '"' || c == '}';
      }
    }
    return false;
  }

  /** The values of front matter text; {@code lineOffset} lines come before it on the page. */
  static Optional<Node.MapNode> parse(
      SourceText source, FrontMatterSyntax syntax, String inner, int lineOffset, Limits limits, List<Diagnostic> diagnostics)
      throws InputProblem {
    if (inner.isBlank()) {
      return Optional.empty();
    }
    Node root =
        switch (syntax) {
          case YAML -> TreeText.parseLastKeyWins(TreeText.Syntax.YAML, limits, source.file(), inner, lineOffset, diagnostics);
          case JSON -> TreeText.parseLastKeyWins(TreeText.Syntax.JSON, limits, source.file(), inner, lineOffset, diagnostics);
          case TOML -> TomlTrees.parse(source.file(), inner, lineOffset, limits);
        };
    if (root instanceof Node.ScalarNode scalar && scalar.value() == null) {
      return Optional.empty();
    }
    if (!(root instanceof Node.MapNode)) {
      throw new InputProblem(
          Diagnostic.error("wrong-type", "front matter must be a mapping of keys to values, found " + root.describe())
              .withPosition(root.position())
              .withHint("write `key: value` lines between the `---` lines"));
    }
    return Optional.of((Node.MapNode) root);
  }
}
