package dev.profilekit.model;

import java.util.Locale;

/** How bad a diagnostic is: an error stops a conversion, a warning does not. */
public enum Severity {
  ERROR,
  WARNING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
