package dev.profilekit.cli;

import dev.profilekit.model.PrintableText;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Builds and runs the command line: errors become one-line messages and documented exit codes. */
public final class ProfileCli {
  private ProfileCli() {}

  public static int run(String[] args, Streams streams) {
    return run(args, streams, System.getenv());
  }

  /** Runs with {@code environment} standing for the process's ({@code NO_COLOR}, {@code TERM}). */
  static int run(String[] args, Streams given, Map<String, String> environment) {
    Streams streams = given.withColour(Colour.decide(args, given.colour(), environment));
    ProfileCommand root = new ProfileCommand(streams);
    CommandLine commandLine = new CommandLine(root);
    Subcommands.register(commandLine, args);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true);
    commandLine.setOut(out);
    commandLine.setErr(streams.err());
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
        streams.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(ProfileCli::usageError);
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> internalError(exception, line, root.debug()));
    int code;
    try {
      code = commandLine.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // What a hostile input can cause in a command that does not guard its own work.
      String verb = WorkFailure.verbOf(args);
      streams.err().println("profile: error: " + WorkFailure.diagnostic(verb, "input", 1, e).message());
      code = ExitCode.INVALID;
    }
    out.flush();
    if (code == ExitCode.OK && standardOutputFailed(out, streams)) {
      streams.err().println("profile: cannot write to standard output (disk full, or the reader went away)");
      code = ExitCode.UNWRITABLE;
    }
    streams.err().flush();
    return code;
  }

  /** PrintWriter and PrintStream keep write errors to themselves until asked. */
  private static boolean standardOutputFailed(PrintWriter out, Streams streams) {
    if (out.checkError()) {
      return true;
    }
    try {
      OutputFile.failIfStreamFailed(streams.out());
      return false;
    } catch (java.io.IOException e) {
      return true;
    }
  }

  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    PrintWriter err = line.getErr();
    err.println("profile: " + PrintableText.of(String.valueOf(e.getMessage())));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }

  private static int internalError(Exception e, CommandLine line, boolean debug) {
    PrintWriter err = line.getErr();
    if (e instanceof UsageProblem) {
      err.println("profile: " + PrintableText.of(String.valueOf(e.getMessage())));
      return ExitCode.USAGE;
    }
    if (e instanceof OutputFile.OutputProblem) {
      err.println("profile: " + PrintableText.of(String.valueOf(e.getMessage())));
      return ExitCode.UNWRITABLE;
    }
    err.println("profile: internal error: " + PrintableText.of(e.toString()) + (debug ? "" : " (rerun with --debug for details, and please report it)"));
    if (debug) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL;
  }
}
