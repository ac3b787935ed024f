package dev.profilekit.model.format;

import org.immutables.value.Value;

/** Bounds that keep hostile input harmless. Every reader honours them. */
@Value.Immutable
public interface Limits {
  /**
   * The largest input a reader accepts; a larger one is refused with an {@code input-too-large}
   * error before any of it is parsed.
   *
   * @return the limit in bytes; 10 MiB unless set
   */
  @Value.Default
  default long maxInputBytes() {
    return 10L * 1024 * 1024;
  }

  /**
   * How deeply mappings and lists may nest; deeper input is an error, not a stack overflow.
   *
   * @return the deepest nesting allowed; 100 unless set
   */
  @Value.Default
  default int maxDepth() {
    return 100;
  }

  /**
   * The longest single string value a reader accepts.
   *
   * @return the limit in characters; 1 MiB of characters unless set
   */
  @Value.Default
  default int maxStringLength() {
    return 1024 * 1024;
  }

  /**
   * How many diagnostics a reader collects before it stops and says that more were left out.
   *
   * @return the most diagnostics one read reports; 100 unless set
   */
  @Value.Default
  default int maxDiagnostics() {
    return 100;
  }

  /**
   * The limits every reader uses unless told otherwise.
   *
   * @return the default limits
   */
  static Limits defaults() {
    return builder().build();
  }

  /**
   * Starts limits from the defaults; set only the bounds to change.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Limits}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableLimits.Builder {
    Builder() {}
  }
}
