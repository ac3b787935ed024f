package dev.profilekit.model.check;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.check.internal.CheckReportJson;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What {@link ProfileChecker} found: the findings in order of importance, the coverage, the
 * score, the evidence read from the answers' own words, and suggestions for each gap.
 */
@Value.Immutable
public interface CheckReport extends WithCheckReport {
  /**
   * The targets checked.
   *
   * @return their ids, in profile order; empty when the profile has none
   */
  List<String> targets();

  /**
   * The findings: errors, warnings and notes about the profile.
   *
   * @return the findings, most important first
   */
  List<Diagnostic> findings();

  /**
   * The counts behind the score.
   *
   * @return the coverage
   */
  Coverage coverage();

  /**
   * The terms the score is the sum of, before scaling to 100.
   *
   * @return only the parts that apply, in score order
   */
  List<ScorePart> scoreParts();

  /**
   * The parts of the score that do not apply, each with the reason.
   *
   * @return part name to reason, in score order
   */
  Map<String, String> notApplicable();

  /**
   * The score, 0 to 100.
   *
   * @return the score; empty when nothing can be scored (no requirements to answer and no
   *     claims), which is not the same as full marks
   */
  OptionalInt score();

  /**
   * Evidence read from the words of claims and of the untyped evidence they list.
   *
   * @return the evidence, in claim order
   */
  List<AnswerEvidence> answerEvidence();

  /**
   * For each unanswered requirement and each claim without evidence, the closest entries of the
   * profile.
   *
   * @return the suggestions; gaps nothing matches have none
   */
  List<Suggestion> suggestions();

  /**
   * How many findings are errors.
   *
   * @return the number of errors
   */
  default long errorCount() {
    return findings().stream().filter(Diagnostic::isError).count();
  }

  /**
   * How many findings are not errors.
   *
   * @return the number of warnings
   */
  default long warningCount() {
    return findings().size() - errorCount();
  }

  /**
   * Whether the profile passes: no finding is an error and the score is at least
   * {@code minimumScore}. A profile with nothing to score passes only when no minimum is asked
   * for.
   *
   * @param minimumScore the lowest passing score, 0 to ask for none
   * @return true when the profile passes
   */
  default boolean passes(int minimumScore) {
    return errorCount() == 0 && (score().isPresent() ? score().getAsInt() >= minimumScore : minimumScore <= 0);
  }

  /**
   * The report for tools: JSON in the shape {@code docs/check.md} documents, which only ever
   * grows (what {@code profile check --json} prints).
   *
   * @return pretty-printed JSON ending in a line feed
   */
  default String toJson() {
    return CheckReportJson.json(this);
  }

  /**
   * A builder for check reports.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckReport}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableCheckReport.Builder {
    Builder() {}
  }
}
