package dev.profilekit.model.check.internal;

import dev.profilekit.model.Evidence;
import dev.profilekit.model.EvidenceKind;
import java.util.regex.Pattern;

/**
 * Evidence is weak when it is a bare pointer a reader must follow and judge alone: it is of kind
 * {@code link} or its summary says nothing beyond its URL, AND it has no date, no metric and no
 * reference to an entry of the profile. A testimonial, a dated publication, a measured outcome
 * or anything tied to a work or project entry is never weak.
 */
public final class WeakEvidence {
  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOTHING = Pattern.compile("[\\s\\p{Punct}]*");

  private WeakEvidence() {}

  public static boolean isWeak(Evidence evidence) {
    boolean barePointer = evidence.kind() == EvidenceKind.LINK || saysNothingBeyondUrl(evidence.summary());
    return barePointer
        && evidence.date().isEmpty()
        && evidence.metric().isEmpty()
        && evidence.refs().isEmpty();
  }

  /** What makes it weak, for the message. */
  public static String why(Evidence evidence) {
    String what = evidence.kind() == EvidenceKind.LINK ? "a bare link" : "a summary that only repeats a URL";
    return what + " with no date, no metric and no entry it refers to";
  }

  static boolean saysNothingBeyondUrl(String summary) {
    return NOTHING.matcher(URL.matcher(summary).replaceAll("")).matches();
  }
}
