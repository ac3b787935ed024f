package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A measured outcome, e.g. accuracy 70 → 80 (unit "%"). Values are kept as written. */
@Value.Immutable
public interface Metric extends Extensible, WithMetric {
  /** {@return what was measured, e.g. "p99 latency"} */
  String name();

  /** {@return the value before the change, when there is one to compare with} */
  Optional<String> before();

  /** {@return the value after the change, or the value reached} */
  String after();

  /** {@return the unit of the values, e.g. "ms"} */
  Optional<String> unit();

  /** {@return a new, empty builder for {@link Metric} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Metric}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableMetric.Builder {
    Builder() {}
  }
}
