package dev.profilekit.model.internal.tree;

import dev.profilekit.model.Diagnostic;

/** Input that cannot be parsed at all; carries the one diagnostic that says why. */
public final class InputProblem extends Exception {
  private final transient Diagnostic diagnostic;

  public InputProblem(Diagnostic diagnostic) {
    super(diagnostic.message(), null, false, false);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
