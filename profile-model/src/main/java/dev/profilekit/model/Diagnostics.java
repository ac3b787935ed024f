package dev.profilekit.model;

import java.util.Comparator;
import java.util.List;

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
}
