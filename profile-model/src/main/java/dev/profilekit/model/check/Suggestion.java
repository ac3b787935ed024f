package dev.profilekit.model.check;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What could fill a gap {@link ProfileChecker} found: for a requirement no claim answers, the
 * closest claims, evidence and résumé entries; for a claim without evidence, the closest
 * evidence and entries. Ranked by BM25 over stemmed words without stop words, in the profile's
 * language.
 */
@Value.Immutable
public interface Suggestion extends WithSuggestion {
  /**
   * What kind of gap this is.
   *
   * @return {@code requirement} or {@code claim}
   */
  String forKind();

  /**
   * Which requirement or claim the gap is.
   *
   * @return its id, or for a requirement without one its text
   */
  String forId();

  /**
   * Where the requirement or claim is.
   *
   * @return its JSON path
   */
  String forPath();

  /**
   * The entries that may fill the gap.
   *
   * @return the closest entries, best first, never empty in a report
   */
  List<Match> matches();

  /**
   * A builder for suggestions.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Suggestion}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableSuggestion.Builder {
    Builder() {}
  }

  /** One entry of the profile that may fill the gap. */
  @Value.Immutable
  interface Match extends WithMatch {
    /**
     * What the entry is.
     *
     * @return {@code claim}, {@code evidence}, {@code work}, {@code project},
     *     {@code publication}, {@code award}, {@code volunteer} or {@code highlight}
     */
    String kind();

    /**
     * The entry's id.
     *
     * @return the id, empty when the entry has none
     */
    Optional<String> id();

    /**
     * Where the entry is.
     *
     * @return its JSON path
     */
    String path();

    /**
     * The entry's words.
     *
     * @return the words, shortened to one line
     */
    String text();

    /**
     * How close the entry is.
     *
     * @return the BM25 relevance, rounded to two decimals; higher is closer
     */
    double score();

    /**
     * The entry's words that matched the gap.
     *
     * @return the words as written in the entry, in order of first appearance
     */
    List<String> matchedWords();

    /**
     * A builder for matches.
     *
     * @return an empty builder
     */
    static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link Match}: set its attributes, then call {@code build()}. */
    final class Builder extends ImmutableMatch.Builder {
      Builder() {}
    }
  }
}
