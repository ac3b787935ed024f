package dev.profilekit.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of thing backs a claim. */
public enum EvidenceKind {
  /** A paper, article, book or thesis. */
  PUBLICATION,
  /** A project the person built or took part in. */
  PROJECT,
  /** A position held: a work or volunteer entry. */
  ROLE,
  /** An award or honour. */
  AWARD,
  /** A measured outcome, with a {@link Metric}. */
  METRIC,
  /** A quote from someone who worked with the person. */
  TESTIMONIAL,
  /** A certificate, licence or degree. */
  CREDENTIAL,
  /** A link to the work itself, e.g. a repository. */
  LINK,
  /** Anything else; also what untyped evidence (a draft's nested bullets) reads as. */
  OTHER;

  /** {@return the kind as files spell it, e.g. {@code publication}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind a file names.
   *
   * @param id the kind as files spell it, e.g. {@code publication}
   * @return the kind, empty when no kind has that id
   */
  public static Optional<EvidenceKind> fromId(String id) {
    for (EvidenceKind kind : values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
