package dev.profilekit.model.target;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Target;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What reading a posting gave: the target, unless an error stopped it, and every diagnostic. */
@Value.Immutable
public interface TargetReadResult extends WithTargetReadResult {
  /**
   * The target read from the posting.
   *
   * @return the target, empty when there are errors
   */
  Optional<Target> target();

  /**
   * What the reader found wrong or worth saying.
   *
   * @return errors and warnings, each with its position in the posting
   */
  List<Diagnostic> diagnostics();

  /**
   * A successful read.
   *
   * @param target the target read
   * @param diagnostics the warnings found on the way
   * @return the result
   */
  static TargetReadResult of(Target target, List<Diagnostic> diagnostics) {
    return builder().target(target).diagnostics(diagnostics).build();
  }

  /**
   * A read that an error stopped.
   *
   * @param diagnostics the diagnostics, at least one an error
   * @return the result, without a target
   */
  static TargetReadResult failed(List<Diagnostic> diagnostics) {
    return builder().diagnostics(diagnostics).build();
  }

  /**
   * A builder for read results; {@link #of} and {@link #failed} are shorter.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TargetReadResult}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableTargetReadResult.Builder {
    Builder() {}
  }
}
