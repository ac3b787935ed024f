package dev.profilekit.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of thing backs a claim. */
public enum EvidenceKind {
  PUBLICATION,
  PROJECT,
  ROLE,
  AWARD,
  METRIC,
  TESTIMONIAL,
  CREDENTIAL,
  LINK,
  OTHER;

  /** The name used in files: lower case. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EvidenceKind> fromId(String id) {
    for (EvidenceKind kind : values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
