package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A statement about the person ("10+ years of Python"), backed by evidence. */
@Value.Immutable
public interface Claim extends Extensible, WithClaim {
  /** {@return the claim's id, unique in the profile: requirements and evidence refer to it} */
  String id();

  /** {@return what the person claims, in Markdown} */
  String statement();

  /** {@return the skills or topics the claim is about (skill ids or names)} */
  List<String> tags();

  /** {@return the ids of the evidence backing the claim} */
  List<String> evidence();

  /** {@return whether the claim is still being written (false unless set)} */
  @Value.Default
  default boolean draft() {
    return false;
  }

  /** {@return a new, empty builder for {@link Claim} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Claim}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
