package dev.profilekit.model.format;

import org.immutables.value.Value;

/** Bounds that keep hostile input harmless. Every reader honours them. */
@Value.Immutable
public interface Limits {
  /** Larger inputs are refused before they are parsed. */
  @Value.Default
  default long maxInputBytes() {
    return 10L * 1024 * 1024;
  }

  /** How deeply mappings and lists may nest. */
  @Value.Default
  default int maxDepth() {
    return 100;
  }

  /** The longest single string value, in characters. */
  @Value.Default
  default int maxStringLength() {
    return 1024 * 1024;
  }

  /** A reader stops collecting diagnostics after this many. */
  @Value.Default
  default int maxDiagnostics() {
    return 100;
  }

  static Limits defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Limits}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableLimits.Builder {
    Builder() {}
  }
}
