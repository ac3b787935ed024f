package dev.profilekit.model.format;

/** What a format can be used for; see {@link Format#roles()}. */
public enum FormatRole {
  /** It reads profiles ({@link Format#reader()}). */
  READS_PROFILES,
  /** It writes profiles ({@link Format#writer()}). */
  WRITES_PROFILES,
  /** It reads job postings into targets ({@link Format#postingReader()}). */
  READS_POSTINGS,
  /**
   * It holds many documents of other formats, such as JSON Lines: one profile per line; the
   * command line streams it.
   */
  CONTAINER
}
