package dev.profilekit.model.check;

import java.util.List;
import java.util.Optional;

/**
 * What could fill a gap {@link ProfileChecker} found: for a requirement no claim answers, the
 * closest claims, evidence and résumé entries; for a claim without evidence, the closest
 * evidence and entries. Ranked by BM25 over stemmed words without stop words, in the profile's
 * language.
 *
 * @param forKind {@code requirement} or {@code claim}
 * @param forId the id of the requirement or claim (the requirement's text when it has no id)
 * @param forPath the JSON path of the requirement or claim
 * @param matches the closest entries, best first
 */
public record Suggestion(String forKind, String forId, String forPath, List<Match> matches) {
  public Suggestion {
    matches = List.copyOf(matches);
  }

  /**
   * One entry that may fill the gap.
   *
   * @param kind {@code claim}, {@code evidence}, {@code work}, {@code project}, {@code publication},
   *     {@code award}, {@code volunteer} or {@code highlight}
   * @param id the entry's id, when it has one
   * @param path the entry's JSON path
   * @param text the entry's words, shortened to one line
   * @param score the BM25 relevance, higher is closer
   * @param matchedWords the entry's words that matched, as written in the entry
   */
  public record Match(
      String kind, Optional<String> id, String path, String text, double score, List<String> matchedWords) {
    public Match {
      matchedWords = List.copyOf(matchedWords);
    }
  }
}
