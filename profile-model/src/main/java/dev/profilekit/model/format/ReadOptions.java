package dev.profilekit.model.format;

import java.util.Map;
import org.immutables.value.Value;

/** How to read: limits, and settings particular to one format (documented by that format). */
@Value.Immutable
public interface ReadOptions {
  @Value.Default
  default Limits limits() {
    return Limits.defaults();
  }

  /** Format-specific settings, e.g. the Markdown reader's heading mapping. */
  Map<String, String> settings();

  static ReadOptions defaults() {
    return builder().build();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadOptions}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }
}
