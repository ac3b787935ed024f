package dev.profilekit.cli;

/** A mistake on the command line found while running: printed as one line, exit code 2. */
final class UsageProblem extends RuntimeException {
  UsageProblem(String message) {
    super(message, null, false, false);
  }
}
