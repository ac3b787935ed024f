package dev.profilekit.model.check.internal;

import dev.profilekit.model.check.Coverage;
import dev.profilekit.model.check.ScorePart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The score, 0 to 100: required requirements answered 50 points, preferred 15, claims backed by
 * evidence 25 (a claim whose evidence is all weak counts half), clean text 10 (each placeholder or
 * contradicted claim costs 2.5). Parts with nothing to count (no preferred requirements, no
 * claims…) are left out and the rest scaled to 100; the result is rounded down.
 */
record Score(List<ScorePart> parts, int value) {
  static final int REQUIRED = 50;
  static final int PREFERRED = 15;
  static final int EVIDENCE = 25;
  static final int CLEAN = 10;
  static final double COST_PER_PROBLEM = 2.5;

  static Score of(Coverage c) {
    List<ScorePart> parts = new ArrayList<>();
    if (c.requiredTotal() > 0) {
      parts.add(part("required", REQUIRED, (double) c.requiredAnswered() / c.requiredTotal()));
    }
    if (c.preferredTotal() > 0) {
      parts.add(part("preferred", PREFERRED, (double) c.preferredAnswered() / c.preferredTotal()));
    }
    if (c.claimsTotal() > 0) {
      double evidenced = c.claimsWithEvidence() - c.claimsWithOnlyWeakEvidence() / 2.0;
      parts.add(part("evidence", EVIDENCE, evidenced / c.claimsTotal()));
    }
    int problems = c.placeholders() + c.contradictions();
    parts.add(part("clean", CLEAN, Math.max(0, CLEAN - COST_PER_PROBLEM * problems) / CLEAN));
    double weights = parts.stream().mapToInt(ScorePart::weight).sum();
    double earned = parts.stream().mapToDouble(ScorePart::earned).sum();
    int value = (int) Math.floor(100 * earned / weights + 1e-9);
    return new Score(parts, value);
  }

  private static ScorePart part(String name, int weight, double fraction) {
    double earned = BigDecimal.valueOf(weight * fraction).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    return new ScorePart(name, weight, earned);
  }
}
