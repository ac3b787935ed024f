package dev.profilekit.model.format;

import java.util.Map;
import org.immutables.value.Value;

/** How to read: limits, and settings particular to one format (documented by that format). */
@Value.Immutable
public interface ReadOptions {
  /**
   * The bounds that keep hostile input harmless.
   *
   * @return the limits; {@link Limits#defaults()} unless set
   */
  @Value.Default
  default Limits limits() {
    return Limits.defaults();
  }

  /**
   * Settings particular to one format, e.g. the Markdown reader's heading mapping, keyed as that
   * format's {@link Format#options()} declare.
   *
   * @return the settings by key; empty unless set, never null
   */
  Map<String, String> settings();

  /**
   * Default limits and no settings.
   *
   * @return the default read options
   */
  static ReadOptions defaults() {
    return builder().build();
  }

  /**
   * Starts from {@link #defaults()}.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadOptions}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableReadOptions.Builder {
    Builder() {}
  }
}
