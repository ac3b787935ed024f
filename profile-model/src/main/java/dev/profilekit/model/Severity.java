package dev.profilekit.model;

import java.util.Locale;

/** How bad a diagnostic is: an error stops a conversion, a warning does not. */
public enum Severity {
  /** The input cannot be used as it is: a conversion stops, a check fails. */
  ERROR,
  /** Something was dropped, guessed or looks wrong, and the work went on. */
  WARNING;

  /** {@return the severity as diagnostics print it: {@code error} or {@code warning}} */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
