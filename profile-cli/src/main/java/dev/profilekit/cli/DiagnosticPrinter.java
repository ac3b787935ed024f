package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Diagnostics;
import dev.profilekit.spi.TreeText;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics as people read them ({@code file:line:col: error: message [code]}, a hint
 * line, colour only on a terminal) or as stable JSON for tools.
 */
final class DiagnosticPrinter {
  private static final String RED = "\u001B[1;31m";
  private static final String YELLOW = "\u001B[1;33m";
  private static final String DIM = "\u001B[2m";
  private static final String RESET = "\u001B[0m";

  private final PrintWriter err;
  private final boolean colour;

  DiagnosticPrinter(PrintWriter err, boolean colour) {
    this.err = err;
    this.colour = colour;
  }

  void print(List<Diagnostic> diagnostics) {
    diagnostics.forEach(this::print);
    err.flush();
  }

  void print(Diagnostic diagnostic) {
    err.println(render(diagnostic));
  }

  /** Several diagnostics as one block of lines, for printing without interleaving. */
  String render(List<Diagnostic> diagnostics) {
    return String.join(System.lineSeparator(), diagnostics.stream().map(this::render).toList());
  }

  private String render(Diagnostic diagnostic) {
    if (diagnostic.code().equals("unreadable-input") && diagnostic.isError()) {
      // Nothing was read, so there is no line or column to point at.
      return "profile: " + diagnostic.message();
    }
    String line = diagnostic.format();
    if (colour) {
      String severity = diagnostic.severity().id() + ":";
      line = line.replaceFirst(severity, (diagnostic.isError() ? RED : YELLOW) + severity + RESET)
          .replace("\n  hint:", "\n  " + DIM + "hint:" + RESET);
    }
    return line;
  }

  /**
   * The JSON shape, one object per diagnostic: severity, code, message, and where known path,
   * file, line, column, hint.
   */
  static String json(List<Diagnostic> diagnostics) {
    return TreeText.json(diagnostics.stream().map(Diagnostics::tree).toList());
  }
}
