package dev.profilekit.model.check;

import dev.profilekit.model.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What {@link ProfileChecker} found: the findings in order of importance, the coverage, the
 * score, the evidence read from the answers' own words, and suggestions for each gap. Immutable.
 *
 * @param targets ids of the targets checked, in profile order (empty when the profile has none)
 * @param findings the findings, most important first
 * @param coverage the counts behind the score
 * @param scoreParts the terms the score is the sum of, before scaling to 100; only parts that apply
 * @param notApplicable the parts that do not apply, each with the reason, in score order
 * @param score 0 to 100; empty when nothing can be scored (no requirements to answer and no
 *     claims), which is not the same as full marks
 * @param answerEvidence evidence read from the words of claims and of the untyped evidence they
 *     list, in claim order
 * @param suggestions for each unanswered requirement and each claim without evidence, the
 *     closest entries of the profile (gaps nothing matches have none)
 */
public record CheckReport(
    List<String> targets,
    List<Diagnostic> findings,
    Coverage coverage,
    List<ScorePart> scoreParts,
    Map<String, String> notApplicable,
    OptionalInt score,
    List<AnswerEvidence> answerEvidence,
    List<Suggestion> suggestions) {
  public CheckReport {
    targets = List.copyOf(targets);
    findings = List.copyOf(findings);
    scoreParts = List.copyOf(scoreParts);
    notApplicable = Collections.unmodifiableMap(new LinkedHashMap<>(notApplicable));
    answerEvidence = List.copyOf(answerEvidence);
    suggestions = List.copyOf(suggestions);
  }

  public long errorCount() {
    return findings.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return findings.size() - errorCount();
  }

  /**
   * No finding is an error and the score is at least {@code minimumScore}; a profile with nothing
   * to score passes only when no minimum is asked for.
   */
  public boolean passes(int minimumScore) {
    return errorCount() == 0 && (score.isPresent() ? score.getAsInt() >= minimumScore : minimumScore <= 0);
  }
}
