package dev.profilekit.model.check;

import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * Evidence {@link ProfileChecker} read from the words of an answer itself: a measured outcome,
 * an award or quote, a publication or thesis, a repository or URL, or an employer, role or
 * entry of the profile named in a claim's statement or in the summary of evidence it lists.
 * Read deterministically, by the rules in {@code docs/check.md}; nothing is guessed.
 *
 * @param claimId the claim it backs
 * @param kind what kind of evidence the words are
 * @param text the words that are the evidence (one sentence, or the entry's name)
 * @param refs the entries of the profile it points at (work, projects, publications, awards): their
 *     ids, or for an entry without one (as on a hand-written page) its JSON path, e.g. {@code $.work[0]}
 * @param weak true when it is only a pointer ("as demonstrated by my recent work") that no
 *     entry of the profile resolves
 * @param path the JSON path of the text it was read from
 * @param position where in the source the words start, when known
 */
public record AnswerEvidence(
    String claimId,
    EvidenceKind kind,
    String text,
    List<String> refs,
    boolean weak,
    String path,
    Optional<SourcePosition> position) {
  public AnswerEvidence {
    refs = List.copyOf(refs);
  }
}
