package dev.profilekit.model.check.internal;

import dev.profilekit.model.check.Coverage;
import dev.profilekit.model.check.ScorePart;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The score, 0 to 100: required requirements answered 50 points, preferred 15, claims backed by
 * evidence 25 (a claim whose evidence is all weak counts half; empty claims are left out), clean
 * text 10 (each placeholder or contradicted claim costs 2.5). Parts with nothing to count (no
 * target, no preferred requirements, no claims…) do not apply: they are named with the reason
 * and the rest scaled to 100, rounded down. When neither requirements nor claims apply there is
 * nothing to score and no score at all, rather than full marks for clean text alone.
 */
record Score(List<ScorePart> parts, Map<String, String> notApplicable, OptionalInt value) {
  static final int REQUIRED = 50;
  static final int PREFERRED = 15;
  static final int EVIDENCE = 25;
  static final int CLEAN = 10;
  static final double COST_PER_PROBLEM = 2.5;

  static Score of(Coverage c, boolean hasTargets) {
    List<double[]> raw = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Map<String, String> notApplicable = new LinkedHashMap<>();
    String noTarget = "no target to answer";
    if (c.requiredTotal() > 0) {
      names.add("required");
      raw.add(new double[] {REQUIRED, REQUIRED * (double) c.requiredAnswered() / c.requiredTotal()});
    } else {
      notApplicable.put("required", hasTargets ? "no required requirements" : noTarget);
    }
    if (c.preferredTotal() > 0) {
      names.add("preferred");
      raw.add(new double[] {PREFERRED, PREFERRED * (double) c.preferredAnswered() / c.preferredTotal()});
    } else {
      notApplicable.put("preferred", hasTargets ? "no preferred requirements" : noTarget);
    }
    int claims = c.claimsTotal() - c.emptyClaims();
    if (claims > 0) {
      double evidenced = c.claimsWithEvidence() - c.claimsWithOnlyWeakEvidence() / 2.0;
      names.add("evidence");
      raw.add(new double[] {EVIDENCE, EVIDENCE * evidenced / claims});
    } else {
      notApplicable.put("evidence", c.claimsTotal() == 0 ? "no claims" : "no claims with words in them");
    }
    boolean somethingToScore = !raw.isEmpty();
    int problems = c.placeholders() + c.contradictions();
    names.add("clean");
    raw.add(new double[] {CLEAN, Math.max(0, CLEAN - COST_PER_PROBLEM * problems)});
    double weights = raw.stream().mapToDouble(part -> part[0]).sum();
    double earned = raw.stream().mapToDouble(part -> part[1]).sum();
    List<ScorePart> parts = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      // Shown to two decimals; the score itself is computed from the exact values.
      double shown = BigDecimal.valueOf(raw.get(i)[1]).setScale(2, RoundingMode.HALF_UP).doubleValue();
      parts.add(ScorePart.of(names.get(i), (int) raw.get(i)[0], shown));
    }
    OptionalInt value = somethingToScore ? OptionalInt.of((int) Math.floor(100 * earned / weights + 1e-9)) : OptionalInt.empty();
    return new Score(parts, notApplicable, value);
  }
}
