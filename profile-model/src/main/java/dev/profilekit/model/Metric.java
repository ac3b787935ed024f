package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A measured outcome, e.g. accuracy 70 → 80 (unit "%"). Values are kept as written. */
@Value.Immutable
public interface Metric extends Extensible, WithMetric {
  String name();

  Optional<String> before();

  String after();

  Optional<String> unit();

  /** A builder for {@link Metric} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Metric}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableMetric.Builder {
    Builder() {}
  }
}
