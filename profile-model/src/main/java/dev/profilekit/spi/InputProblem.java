package dev.profilekit.spi;

import dev.profilekit.model.Diagnostic;

/**
 * Input that cannot be read any further: carries the one diagnostic that says why. Thrown by
 * {@link TreeText} and {@link TextInput}; a reader catches it and returns the diagnostic as a failed
 * result, never throwing it on (readers do not throw for bad content). Without a stack trace: it
 * is an answer about the input, not a fault of the program.
 */
public final class InputProblem extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  /**
   * A problem that stops reading.
   *
   * @param diagnostic the error to report, with its position where known
   */
  public InputProblem(Diagnostic diagnostic) {
    super(diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
  }

  /**
   * The error to report.
   *
   * @return the diagnostic given at construction
   */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
