package dev.profilekit.spi;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.internal.codec.Codecs;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.tree.TreeParser;
import dev.profilekit.model.internal.tree.TreeWriter;
import java.util.List;

/**
 * JSON and YAML text to positioned {@link Node} trees and plain trees back to text, with the
 * limits and diagnostics every built-in format uses. Parsing is iterative (deep nesting cannot
 * overflow the stack), refuses YAML aliases (no alias bombs) and honours {@link Limits}: a
 * document that breaks a limit or the syntax is an {@link InputProblem} whose diagnostic points
 * at the spot. Thread-safe.
 *
 * <p>A plain tree is what {@link ModelTrees#write} gives and what the writers here take: {@code
 * Map<String, ?>} (written in its iteration order), {@code List<?>}, {@code String}, {@code
 * Boolean}, numbers and {@code null}.
 */
public final class TreeText {
  private TreeText() {}

  /** The syntaxes {@link TreeText} parses. */
  public enum Syntax {
    /** Strict JSON (RFC 8259). */
    JSON(TreeParser.Syntax.JSON),
    /** JSON with {@code //} and block comments, as some hand-written files have. */
    JSON_WITH_COMMENTS(TreeParser.Syntax.JSON_WITH_COMMENTS),
    /** YAML 1.2, one document, no aliases. */
    YAML(TreeParser.Syntax.YAML);

    private final TreeParser.Syntax parser;

    Syntax(TreeParser.Syntax parser) {
      this.parser = parser;
    }
  }

  /**
   * Parses one document; a key given twice is an error.
   *
   * @param syntax the syntax of {@code text}
   * @param limits the depth, string length and size limits
   * @param name the name diagnostics give the input (usually its file name)
   * @param text the document
   * @param lineOffset lines added to every position, for a document embedded in a larger file
   *     (front matter, a code block); 0 for a file of its own
   * @return the root of the tree
   * @throws InputProblem when the text cannot be parsed within the limits
   */
  public static Node parse(Syntax syntax, Limits limits, String name, String text, int lineOffset)
      throws InputProblem {
    return TreeParser.of(syntax.parser, limits).parse(name, text, lineOffset);
  }

  /**
   * Parses one document as {@link #parse} does, but a key given twice is a warning added to
   * {@code duplicateWarnings} and its last value wins (where the first stood), as Jekyll and
   * Hugo read front matter; with {@code duplicateWarnings} null, a key given twice is an error.
   *
   * @param syntax the syntax of {@code text}
   * @param limits the depth, string length and size limits
   * @param name the name diagnostics give the input
   * @param text the document
   * @param lineOffset lines added to every position
   * @param duplicateWarnings receives a warning for each key given twice, or null
   * @return the root of the tree
   * @throws InputProblem when the text cannot be parsed within the limits
   */
  public static Node parseLastKeyWins(
      Syntax syntax, Limits limits, String name, String text, int lineOffset, List<Diagnostic> duplicateWarnings)
      throws InputProblem {
    return TreeParser.of(syntax.parser, limits).parse(name, text, lineOffset, duplicateWarnings);
  }

  /**
   * Parses one document, adding to {@code findings} what does not stop the parse: each key given
   * twice (an error; the first value is kept) and warnings such as a plain YAML value that
   * swallowed lines meant as list items. The native reader reads this way, so that one run
   * reports every duplicate.
   *
   * @param syntax the syntax of {@code text}
   * @param limits the depth, string length and size limits
   * @param name the name diagnostics give the input
   * @param text the document
   * @param lineOffset lines added to every position
   * @param findings receives the errors and warnings that did not stop the parse
   * @return the root of the tree
   * @throws InputProblem when the text cannot be parsed within the limits
   */
  public static Node parseCollecting(
      Syntax syntax, Limits limits, String name, String text, int lineOffset, List<Diagnostic> findings)
      throws InputProblem {
    return TreeParser.of(syntax.parser, limits).parseCollecting(name, text, lineOffset, findings);
  }

  /**
   * The plain tree a node holds, positions dropped: maps (in key order) and lists unmodifiable,
   * scalars as parsed (whole numbers beyond {@code long} as {@code BigDecimal}).
   *
   * @param node any node
   * @return the plain value
   */
  public static Object plain(Node node) {
    return Codecs.ANY.read(node, Paths.ROOT, new ReadContext(1));
  }

  /**
   * A plain tree as pretty, deterministic JSON: two-space indentation, one array element per
   * line, a trailing newline.
   *
   * @param tree a plain tree
   * @return the JSON text
   */
  public static String json(Object tree) {
    return TreeWriter.json(tree);
  }

  /**
   * A plain tree as JSON on one line with no trailing newline, as JSON Lines wants it.
   *
   * @param tree a plain tree
   * @return the JSON text
   */
  public static String compactJson(Object tree) {
    return TreeWriter.compactJson(tree);
  }

  /**
   * The same JSON document on one line.
   *
   * @param json a JSON document
   * @return the document on one line, with no trailing newline
   */
  public static String compactJson(String json) {
    return TreeWriter.compactJson(json);
  }

  /**
   * A plain tree as block-style YAML with no document marker, strings quoted only where YAML
   * needs it, multi-line strings as literal blocks, and a trailing newline.
   *
   * @param tree a plain tree
   * @return the YAML text
   */
  public static String yaml(Object tree) {
    return TreeWriter.yaml(tree);
  }
}
