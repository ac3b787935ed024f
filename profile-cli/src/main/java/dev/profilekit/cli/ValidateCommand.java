package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.OverlayFiles;
import dev.profilekit.model.format.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile validate}: every problem in one or more profiles, in one pass. */
@Command(
    header = "Report every problem in profiles, at file:line:col.",
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check profiles and report every problem at once: wrong types, unknown keys (with a"
          + " 'did you mean'), missing values, malformed dates, URLs and emails, periods that end"
          + " before they start, duplicate ids and references that do not resolve.",
      "Each problem is one line, file:line:col: error|warning: message [code], with a hint"
          + " where one helps. --as jsonresume also checks a JSON Resume against the official"
          + " schema.",
      "The overlay files beside a profile (me.de.yaml, me.public.yaml beside me.yaml) and those it"
          + " names are checked with it, each at its own file:line:col (docs/overlays.md).",
      ""
    },
    footer = {"", ExitCode.VALIDATE_TABLE})
final class ValidateCommand implements Callable<Integer> {
  /** The output forms of {@code --format}. */
  enum OutputForm { text, json }

  @ParentCommand private ProfileCommand root;

  @Mixin private ProfileInput input;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profiles to check ('-' for standard input); a directory checks every profile in it.")
  private List<String> files;

  @Option(names = "--as", paramLabel = "FORMAT", completionCandidates = FormatNames.class, description = "Read every FILE as this format (same as --from).")
  private String as;

  @Option(names = "--format", paramLabel = "FORM", description = "text (default) or json (for tools, on standard output).")
  private OutputForm form = OutputForm.text;

  @Option(names = "--strict", description = "Fail on warnings too.")
  private boolean strict;

  @Override
  public Integer call() {
    if (as != null) {
      input.from = java.util.Optional.of(as);
    }
    Streams streams = root.streams();
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.colour());
    List<Diagnostic> all = new ArrayList<>();
    int exit = ExitCode.OK;
    for (String file : InputFiles.expand(files)) {
      ReadResult result = input.read(file, streams, Map.of("validate", "strict"), OverlayFiles.everyBeside());
      all.addAll(result.diagnostics());
      boolean failed = result.profile().isEmpty() || result.hasErrors()
          || (strict && !result.diagnostics().isEmpty());
      if (form == OutputForm.text) {
        printer.print(result.diagnostics());
        streams.err().println(file + ": " + summary(result.diagnostics(), failed));
      }
      if (failed) {
        exit = Math.max(exit, result.profile().isEmpty() ? ProfileInput.exitCodeOf(result) : ExitCode.INVALID);
      }
    }
    if (form == OutputForm.json) {
      OutputFile.write("-", DiagnosticPrinter.json(all), streams, List.of());
    }
    return exit;
  }

  private static String summary(List<Diagnostic> diagnostics, boolean failed) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    String counts = errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s");
    return (failed ? "invalid (" : "valid (") + counts + ")";
  }
}
