package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.format.OverlayFiles;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.UnknownFormatException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How commands read a profile: the input options they share, and reading with them. */
final class ProfileInput {
  /** Diagnostic codes that mean the input could not be read as text at all. */
  private static final Set<String> UNREADABLE =
      Set.of("unreadable-input", "invalid-utf8", "binary-input", "utf16-input", "input-too-large");

  @Option(
      names = {"-f", "--from"},
      paramLabel = "FORMAT",
      completionCandidates = FormatNames.class,
      description = "Input format (default: from the file name and content; see `profile formats`).")
  Optional<String> from = Optional.empty();

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  long maxInputBytes;

  @Option(
      names = "--max-input-bytes",
      paramLabel = "BYTES",
      description = "Refuse larger inputs (default: ${DEFAULT-VALUE}).",
      defaultValue = "10485760")
  void maxInputBytes(long bytes) {
    if (bytes < 0) {
      throw new ParameterException(mixee.commandLine(), "--max-input-bytes must be 0 or more, not " + bytes);
    }
    this.maxInputBytes = bytes;
  }

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "A reader or writer setting, e.g. a Markdown heading mapping, jsonresume.aliases=off or pdf.paper=letter (see README).")
  Map<String, String> settings = Map.of();

  ReadOptions options(Map<String, String> extraSettings) {
    FormatOptions.refuseUnknownSettings(settings);
    return ReadOptions.builder()
        .limits(Limits.builder().maxInputBytes(maxInputBytes).build())
        .putAllSettings(settings)
        .putAllSettings(extraSettings)
        .build();
  }

  /** Reads {@code path} ({@code -} is standard input) with the overlay files it names, and validates it. */
  ReadResult read(String path, Streams streams, Map<String, String> extraSettings) {
    return read(path, streams, extraSettings, OverlayFiles.listed());
  }

  /** Reads {@code path} ({@code -} is standard input) with the overlay files asked for, and validates it. */
  ReadResult read(String path, Streams streams, Map<String, String> extraSettings, OverlayFiles overlayFiles) {
    Input input = path.equals("-") ? Input.of("<stdin>", streams::in) : Input.ofPath(java.nio.file.Path.of(path));
    try {
      if (!path.equals("-")) {
        return Profiles.read(Formats.standard(), java.nio.file.Path.of(path), from, options(extraSettings), overlayFiles);
      }
      return Profiles.read(Formats.standard(), input, from, options(extraSettings));
    } catch (UnknownFormatException e) {
      throw new UsageProblem(e.getMessage());
    } catch (StackOverflowError | OutOfMemoryError e) {
      // The input's fault: a diagnostic at its name, like any other unreadable input.
      return ReadResult.failed(java.util.List.of(WorkFailure.diagnostic(commandName(), input.name(), 1, e)));
    }
  }

  private String commandName() {
    return mixee == null ? "read" : mixee.commandLine().getCommandName();
  }

  /** The exit code a failed read deserves. */
  static int exitCodeOf(ReadResult result) {
    return result.diagnostics().stream()
            .filter(Diagnostic::isError)
            .anyMatch(d -> UNREADABLE.contains(d.code()))
        ? ExitCode.UNREADABLE
        : ExitCode.INVALID;
  }
}
