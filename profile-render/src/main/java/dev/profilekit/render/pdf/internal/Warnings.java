package dev.profilekit.render.pdf.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourceMap;

/** Builds the PDF writer's warnings, with the source position of the value they are about. */
final class Warnings {
  private Warnings() {}

  static Diagnostic warning(String code, String message, String path, SourceMap sourceMap, String hint) {
    return Diagnostic.warning(code, message)
        .withPath(path)
        .withPosition(path == null ? null : sourceMap.positionOf(path).orElse(null))
        .withHint(hint);
  }
}
