package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A statement about the person ("10+ years of Python"), backed by evidence. */
@Value.Immutable
public interface Claim extends Extensible, WithClaim {
  /** Unique in the profile. */
  String id();

  /** Markdown. */
  String statement();

  /** Skills or topics the claim is about (skill ids or names). */
  List<String> tags();

  /** Ids of the evidence backing the claim. */
  List<String> evidence();

  /** A claim still being written. */
  @Value.Default
  default boolean draft() {
    return false;
  }

  /** A builder for {@link Claim} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Claim}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
