package dev.profilekit.model.format;

import dev.profilekit.model.Diagnostic;
import java.util.List;
import org.immutables.value.Value;

/**
 * A writer's output and its loss report: one warning for each thing the target format could not
 * carry, with the path of what was not carried. Nothing is dropped silently.
 */
@Value.Immutable
public interface WriteResult {
  String content();

  List<Diagnostic> losses();

  static WriteResult of(String content, List<Diagnostic> losses) {
    return builder().content(content).losses(losses).build();
  }

  static WriteResult lossless(String content) {
    return of(content, List.of());
  }

  /** A builder for {@link WriteResult} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WriteResult}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableWriteResult.Builder {
    Builder() {}
  }
}
