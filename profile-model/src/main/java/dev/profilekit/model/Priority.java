package dev.profilekit.model;

import java.util.Locale;
import java.util.Optional;

/** How much a posting insists on a group of requirements. */
public enum Priority {
  REQUIRED,
  PREFERRED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Priority> fromId(String id) {
    for (Priority priority : values()) {
      if (priority.id().equals(id)) {
        return Optional.of(priority);
      }
    }
    return Optional.empty();
  }
}
