package dev.profilekit.model.check;

import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Evidence {@link ProfileChecker} read from the words of an answer itself: a measured outcome,
 * an award or quote, a publication or thesis, a repository or URL, or an employer, role or
 * entry of the profile named in a claim's statement or in the summary of evidence it lists.
 * Read deterministically, by the rules in {@code docs/check.md}; nothing is guessed.
 */
@Value.Immutable
public interface AnswerEvidence extends WithAnswerEvidence {
  /**
   * The claim the words back.
   *
   * @return the claim's id
   */
  String claimId();

  /**
   * What kind of evidence the words are.
   *
   * @return the kind, e.g. a metric or a publication
   */
  EvidenceKind kind();

  /**
   * The words that are the evidence.
   *
   * @return one sentence, or the name of the entry the words point at
   */
  String text();

  /**
   * The entries of the profile the words point at (work, projects, publications, awards).
   *
   * @return their ids, or for an entry without one (as on a hand-written page) its JSON path,
   *     e.g. {@code $.work[0]}
   */
  List<String> refs();

  /**
   * Whether this is only a pointer ("as demonstrated by my recent work") that no entry of the
   * profile resolves.
   *
   * @return true for weak evidence
   */
  boolean weak();

  /**
   * Where the words were read.
   *
   * @return the JSON path of the text, e.g. {@code $.claims[0].statement}
   */
  String path();

  /**
   * Where in the source the words start.
   *
   * @return the position, empty when the reader kept none
   */
  Optional<SourcePosition> position();

  /**
   * A builder for answer evidence.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnswerEvidence}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableAnswerEvidence.Builder {
    Builder() {}
  }
}
