package dev.profilekit.render.html.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Severity;
import dev.profilekit.model.SourceMap;
import java.util.ArrayList;
import java.util.List;

/** The loss report of one write: warnings with the JSON path and, when known, the source position. */
final class Losses {
  private final SourceMap sourceMap;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  Losses(SourceMap sourceMap) {
    this.sourceMap = sourceMap;
  }

  void warn(String code, String message, String path) {
    diagnostics.add(
        Diagnostic.builder()
            .severity(Severity.WARNING)
            .code(code)
            .message(message)
            .path(path)
            .position(sourceMap.positionOf(path))
            .build());
  }

  /** A warning made elsewhere (labels, the page's language), placed at its path's source position when it has one. */
  void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic.path().isPresent() && diagnostic.position().isEmpty()
        ? diagnostic.withPosition(sourceMap.positionOf(diagnostic.path().get()))
        : diagnostic);
  }

  List<Diagnostic> list() {
    return List.copyOf(diagnostics);
  }
}
