package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A publication. */
@Value.Immutable
public interface Publication extends Extensible, Identified {
  @Override
  Optional<String> id();

  Optional<String> name();

  Optional<String> publisher();

  Optional<PartialDate> releaseDate();

  Optional<String> url();

  Optional<String> summary();

  static ImmutablePublication.Builder builder() {
    return ImmutablePublication.builder();
  }
}
