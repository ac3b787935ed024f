package dev.profilekit.model.internal.codec;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.ImmutableDiagnostic;
import dev.profilekit.model.SourceMap;
import dev.profilekit.model.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one read collects: diagnostics (up to a cap) and the position of every value read. */
public final class ReadContext {
  private final int maxDiagnostics;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, SourcePosition> positions = new LinkedHashMap<>();
  private int dropped;

  public ReadContext(int maxDiagnostics) {
    this.maxDiagnostics = maxDiagnostics;
  }

  public void record(String path, SourcePosition position) {
    positions.putIfAbsent(path, position);
  }

  public void error(String code, String message, String path, SourcePosition at, String hint) {
    add(Diagnostic.error(code, message), path, at, hint);
  }

  public void warning(String code, String message, String path, SourcePosition at, String hint) {
    add(Diagnostic.warning(code, message), path, at, hint);
  }

  public void add(Diagnostic diagnostic) {
    if (diagnostics.size() < maxDiagnostics) {
      diagnostics.add(diagnostic);
    } else {
      dropped++;
    }
  }

  private void add(Diagnostic base, String path, SourcePosition at, String hint) {
    add(
        ImmutableDiagnostic.builder()
            .from(base)
            .path(path)
            .position(java.util.Optional.ofNullable(at))
            .hint(java.util.Optional.ofNullable(hint))
            .build());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The diagnostics, with a closing note when the cap cut some off. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.sort(dev.profilekit.model.Diagnostics.IN_FILE_ORDER);
    if (dropped > 0) {
      all.add(
          Diagnostic.warning(
              "too-many-diagnostics",
              dropped + " more problems not shown (limit " + maxDiagnostics + ")"));
    }
    return all;
  }

  public SourceMap sourceMap() {
    return SourceMap.of(positions);
  }
}
