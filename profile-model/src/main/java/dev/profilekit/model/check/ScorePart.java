package dev.profilekit.model.check;

/**
 * One term of the score: {@code earned} of {@code weight} points. A part that does not apply
 * (no preferred requirements, no claims…) is left out and the others are scaled up to 100.
 *
 * @param name {@code required}, {@code preferred}, {@code evidence} or {@code clean}
 * @param weight the points the part is worth
 * @param earned the points earned, 0 to {@code weight}
 */
public record ScorePart(String name, int weight, double earned) {}
