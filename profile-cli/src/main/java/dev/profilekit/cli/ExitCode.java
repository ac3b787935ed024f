package dev.profilekit.cli;

/** The documented exit codes of {@code profile}. */
public final class ExitCode {
  public static final int OK = 0;
  /** The content is invalid, a check failed, or warnings were found under {@code --strict}. */
  public static final int INVALID = 1;
  /** The command line is wrong: unknown option or format, or an output that must not be replaced. */
  public static final int USAGE = 2;
  /** An input cannot be read as text: missing, unreadable, not UTF-8, binary, or too large. */
  public static final int UNREADABLE = 3;
  /** A bug: please report it (run with {@code --debug} for the stack trace). */
  public static final int INTERNAL = 4;
  /** An output cannot be written. */
  public static final int UNWRITABLE = 5;

  /** The table shown in {@code --help} and README. */
  static final String TABLE =
      "Exit codes:%n"
          + "  0  ok%n"
          + "  1  content invalid, check failed, or warnings under --strict%n"
          + "  2  usage error (bad option, unknown format, output would replace an input)%n"
          + "  3  input unreadable (missing, not UTF-8, binary, too large)%n"
          + "  4  internal error (a bug: rerun with --debug and report it)%n"
          + "  5  output cannot be written%n";

  private ExitCode() {}
}
