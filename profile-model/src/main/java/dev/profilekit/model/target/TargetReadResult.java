package dev.profilekit.model.target;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Target;
import java.util.List;
import java.util.Optional;

/**
 * What reading a posting gave: the target, unless an error stopped it, and every diagnostic.
 *
 * @param target the target, empty when there are errors
 * @param diagnostics errors and warnings, each with its position in the posting
 */
public record TargetReadResult(Optional<Target> target, List<Diagnostic> diagnostics) {
  public TargetReadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public static TargetReadResult of(Target target, List<Diagnostic> diagnostics) {
    return new TargetReadResult(Optional.of(target), diagnostics);
  }

  public static TargetReadResult failed(List<Diagnostic> diagnostics) {
    return new TargetReadResult(Optional.empty(), diagnostics);
  }
}
