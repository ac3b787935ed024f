package dev.profilekit.model.internal.tree;

import dev.profilekit.model.Diagnostic;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON shape of a diagnostic, shared by `validate --format json` and the check report:
 * severity, code, message, and where known path, file, line, column, hint.
 */
public final class DiagnosticTree {
  private DiagnosticTree() {}

  public static Map<String, Object> of(Diagnostic diagnostic) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("severity", diagnostic.severity().id());
    tree.put("code", diagnostic.code());
    tree.put("message", diagnostic.message());
    diagnostic.path().ifPresent(path -> tree.put("path", path));
    diagnostic.position().ifPresent(position -> {
      tree.put("file", position.file());
      tree.put("line", position.line());
      tree.put("column", position.column());
    });
    diagnostic.hint().ifPresent(hint -> tree.put("hint", hint));
    return tree;
  }
}
