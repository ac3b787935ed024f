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

  private static final String HEAD = "Exit codes:%n  0  ok%n";
  private static final String USAGE_LINE =
      "  2  usage error (bad option, unknown format, output would replace an input or drop comments)%n";
  private static final String UNREADABLE_LINE = "  3  input unreadable (missing, not UTF-8, binary, too large)%n";
  private static final String INTERNAL_LINE = "  4  internal error (a bug: rerun with --debug and report it)%n";
  private static final String UNWRITABLE_LINE = "  5  output cannot be written (including standard output)%n";
  private static final String REST = USAGE_LINE + UNREADABLE_LINE + INTERNAL_LINE + UNWRITABLE_LINE;

  /** The table shown in {@code profile --help} and README: every code. */
  static final String TABLE =
      HEAD + "  1  content invalid, check failed, or warnings under --strict%n" + REST;

  /** Each subcommand's table lists the codes it can return, in its own words. */
  static final String CONVERT_TABLE = HEAD + "  1  input invalid, or warnings under --strict (nothing written)%n" + REST;

  static final String VALIDATE_TABLE = HEAD + "  1  a file is invalid, or has warnings under --strict%n" + REST;

  static final String CHECK_TABLE =
      HEAD + "  1  a finding is an error (with --lang --strict: an untranslated or stale field), or the score is below --fail-under%n" + REST;

  static final String TRANSLATE_TABLE = HEAD + "  1  the profile is invalid%n" + REST;

  static final String TAILOR_TABLE = HEAD + "  1  input invalid, or the output format cannot carry the result%n" + REST;

  static final String IMPORT_TABLE =
      HEAD + "  1  posting or profile invalid, or the output cannot hold everything (nothing written)%n" + REST;

  static final String INIT_TABLE = HEAD + "  2  the file exists (use --force), or its format cannot be told%n"
      + INTERNAL_LINE + UNWRITABLE_LINE;

  private ExitCode() {}
}
