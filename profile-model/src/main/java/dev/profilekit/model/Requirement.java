package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One requirement of a posting, answered by claims. */
@Value.Immutable
public interface Requirement extends Extensible, Identified, WithRequirement {
  @Override
  Optional<String> id();

  /** {@return the requirement as the posting words it} */
  String text();

  /** {@return the ids of the claims that answer it} */
  List<String> claims();

  /** {@return a new, empty builder for {@link Requirement} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Requirement}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableRequirement.Builder {
    Builder() {}
  }
}
