package dev.profilekit.model.check;

import dev.profilekit.model.Diagnostic;
import java.util.List;

/**
 * What {@link ProfileChecker} found: the findings in order of importance, the coverage and the
 * score. Immutable.
 *
 * @param targets ids of the targets checked, in profile order (empty when the profile has none)
 * @param findings the findings, most important first
 * @param coverage the counts behind the score
 * @param scoreParts the terms the score is the sum of, scaled to 100
 * @param score 0 to 100
 */
public record CheckReport(
    List<String> targets,
    List<Diagnostic> findings,
    Coverage coverage,
    List<ScorePart> scoreParts,
    int score) {
  public CheckReport {
    targets = List.copyOf(targets);
    findings = List.copyOf(findings);
    scoreParts = List.copyOf(scoreParts);
  }

  public long errorCount() {
    return findings.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return findings.size() - errorCount();
  }

  /** No finding is an error and the score is at least {@code minimumScore}. */
  public boolean passes(int minimumScore) {
    return errorCount() == 0 && score >= minimumScore;
  }
}
