package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A measured outcome, e.g. accuracy 70 → 80 (unit "%"). Values are kept as written. */
@Value.Immutable
public interface Metric extends Extensible {
  String name();

  Optional<String> before();

  String after();

  Optional<String> unit();

  static ImmutableMetric.Builder builder() {
    return ImmutableMetric.builder();
  }
}
