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
    List<double[]> raw = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (c.requiredTotal() > 0) {
      names.add("required");
      raw.add(new double[] {REQUIRED, REQUIRED * (double) c.requiredAnswered() / c.requiredTotal()});
    }
    if (c.preferredTotal() > 0) {
      names.add("preferred");
      raw.add(new double[] {PREFERRED, PREFERRED * (double) c.preferredAnswered() / c.preferredTotal()});
    }
    if (c.claimsTotal() > 0) {
      double evidenced = c.claimsWithEvidence() - c.claimsWithOnlyWeakEvidence() / 2.0;
      names.add("evidence");
      raw.add(new double[] {EVIDENCE, EVIDENCE * evidenced / c.claimsTotal()});
    }
    int problems = c.placeholders() + c.contradictions();
    names.add("clean");
    raw.add(new double[] {CLEAN, Math.max(0, CLEAN - COST_PER_PROBLEM * problems)});
    double weights = raw.stream().mapToDouble(part -> part[0]).sum();
    double earned = raw.stream().mapToDouble(part -> part[1]).sum();
    List<ScorePart> parts = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      // Shown to two decimals; the score itself is computed from the exact values.
      double shown = BigDecimal.valueOf(raw.get(i)[1]).setScale(2, RoundingMode.HALF_UP).doubleValue();
      parts.add(new ScorePart(names.get(i), (int) raw.get(i)[0], shown));
    }
    return new Score(parts, (int) Math.floor(100 * earned / weights + 1e-9));
  }
}
