package dev.profilekit.model;

import java.util.Locale;
import java.util.Optional;

/** How much a posting insists on a group of requirements. */
public enum Priority {
  /**
   * The posting asks for it: an unanswered requirement of this priority is an error of the check.
   */
  REQUIRED,
  /** Nice to have: answering counts towards the score, leaving it open is a warning. */
  PREFERRED;

  /** {@return the priority as files spell it, e.g. {@code required}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The priority a file names.
   *
   * @param id the priority as files spell it, e.g. {@code preferred}
   * @return the priority, empty when none has that id
   */
  public static Optional<Priority> fromId(String id) {
    for (Priority priority : values()) {
      if (priority.id().equals(id)) {
        return Optional.of(priority);
      }
    }
    return Optional.empty();
  }
}
