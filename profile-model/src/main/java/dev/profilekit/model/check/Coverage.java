package dev.profilekit.model.check;

import org.immutables.value.Value;

/**
 * How much of what a check looks at is done: the counts the score is computed from. Build one
 * with {@link #builder()}; every count is required.
 */
@Value.Immutable
public interface Coverage extends WithCoverage {
  /**
   * Required requirements with at least one existing claim answering them.
   *
   * @return how many of {@link #requiredTotal()} are answered
   */
  int requiredAnswered();

  /**
   * Required requirements of the checked targets.
   *
   * @return the number of required requirements
   */
  int requiredTotal();

  /**
   * Preferred requirements with at least one existing claim answering them.
   *
   * @return how many of {@link #preferredTotal()} are answered
   */
  int preferredAnswered();

  /**
   * Preferred requirements of the checked targets.
   *
   * @return the number of preferred requirements
   */
  int preferredTotal();

  /**
   * Claims with at least one existing piece of evidence, or evidence read from their own words.
   *
   * @return how many of {@link #claimsTotal()} are backed
   */
  int claimsWithEvidence();

  /**
   * Of {@link #claimsWithEvidence()}, the claims whose evidence is all weak (a pointer that no
   * entry of the profile resolves).
   *
   * @return the number of weakly backed claims
   */
  int claimsWithOnlyWeakEvidence();

  /**
   * All claims, empty ones included.
   *
   * @return the number of claims
   */
  int claimsTotal();

  /**
   * Claims that say nothing once placeholders are taken out ("TBD", an empty bullet): they
   * answer no requirement and are left out of the evidence part.
   *
   * @return the number of empty claims
   */
  int emptyClaims();

  /**
   * Placeholders found in prose, such as "TBD" or "[company]".
   *
   * @return the number of placeholders
   */
  int placeholders();

  /**
   * Claims contradicted by the profile's dated facts, e.g. "ten years of Java" against a
   * shorter dated history.
   *
   * @return the number of contradicted claims
   */
  int contradictions();

  /**
   * A builder for coverage counts.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Coverage}: set every count, then call {@code build()}. */
  final class Builder extends ImmutableCoverage.Builder {
    Builder() {}
  }
}
