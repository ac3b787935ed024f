package dev.profilekit.model;

import java.util.Map;

/**
 * A part of the profile that keeps what its input had and the model has no field for, so that
 * nothing read is lost. Keys are as the interchange format named them (in the native format
 * they are written with an {@code x-} prefix). Values are JSON-like: {@code String},
 * {@code Boolean}, {@code Long}, {@code java.math.BigDecimal}, {@code null}, {@code List} and
 * {@code Map<String, Object>}.
 */
public interface Extensible {
  /**
   * {@return what the input had that the model has no field for, by the key the input used; empty
   * for most entries}
   */
  @AllowNulls
  Map<String, Object> extensions();
}
