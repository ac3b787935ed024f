package dev.profilekit.model.check;

import org.immutables.value.Value;

/**
 * One term of the score: {@link #earned()} of {@link #weight()} points. A part that does not
 * apply (no preferred requirements, no claims…) is left out and the others are scaled up to 100.
 */
@Value.Immutable
public interface ScorePart extends WithScorePart {
  /**
   * Which part of the score this is.
   *
   * @return {@code required}, {@code preferred}, {@code evidence} or {@code clean}
   */
  String name();

  /**
   * The points the part is worth before scaling.
   *
   * @return the weight, positive
   */
  int weight();

  /**
   * The points earned, rounded to two decimals for display.
   *
   * @return 0 to {@link #weight()}
   */
  double earned();

  /**
   * The part {@code name}, worth {@code weight} points of which {@code earned} were earned.
   *
   * @param name {@code required}, {@code preferred}, {@code evidence} or {@code clean}
   * @param weight the points the part is worth
   * @param earned the points earned, 0 to {@code weight}
   * @return the score part
   */
  static ScorePart of(String name, int weight, double earned) {
    return builder().name(name).weight(weight).earned(earned).build();
  }

  /**
   * A builder for score parts.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScorePart}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableScorePart.Builder {
    Builder() {}
  }
}
