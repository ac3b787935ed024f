package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An interest. */
@Value.Immutable
public interface Interest extends Extensible {
  Optional<String> name();

  List<String> keywords();

  static ImmutableInterest.Builder builder() {
    return ImmutableInterest.builder();
  }
}
