package dev.profilekit.render.pdf.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.ImmutableDiagnostic;
import dev.profilekit.model.Severity;
import dev.profilekit.model.SourceMap;
import java.util.Optional;

/** Builds the PDF writer's warnings, with the source position of the value they are about. */
final class Warnings {
  private Warnings() {}

  static Diagnostic warning(String code, String message, String path, SourceMap sourceMap, String hint) {
    return ImmutableDiagnostic.builder()
        .severity(Severity.WARNING)
        .code(code)
        .message(message)
        .path(Optional.ofNullable(path))
        .position(path == null ? Optional.empty() : sourceMap.positionOf(path))
        .hint(Optional.ofNullable(hint))
        .build();
  }
}
