package dev.profilekit.model;

import dev.profilekit.model.internal.tree.DiagnosticTree;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Working with lists of diagnostics. */
public final class Diagnostics {
  /** By file, line and column; diagnostics without a position last, in their given order. */
  public static final Comparator<Diagnostic> IN_FILE_ORDER =
      Comparator.comparing(
          (Diagnostic d) -> d.position().isEmpty())
          .thenComparing(d -> d.position().map(SourcePosition::file).orElse(""))
          .thenComparingInt(d -> d.position().map(SourcePosition::line).orElse(0))
          .thenComparingInt(d -> d.position().map(SourcePosition::column).orElse(0));

  private Diagnostics() {}

  /**
   * Whether any of {@code diagnostics} is an error.
   *
   * @param diagnostics the diagnostics to look at
   * @return true when at least one is an error
   */
  public static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /**
   * The one JSON shape of a diagnostic, as {@code profile validate --format json} and the check
   * report print it: {@code severity}, {@code code}, {@code message}, and where known {@code
   * path}, {@code file}, {@code line}, {@code column}, {@code hint}.
   *
   * @param diagnostic the diagnostic
   * @return its plain tree, keys in that order
   */
  public static Map<String, Object> tree(Diagnostic diagnostic) {
    return DiagnosticTree.of(diagnostic);
  }
}
