package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlays;
import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
import dev.profilekit.model.check.CheckReport;
import dev.profilekit.model.check.PlaceholderPatterns;
import dev.profilekit.model.check.ProfileChecker;
import dev.profilekit.model.format.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile check}: what still stands between a draft and a document worth sending. */
@Command(
    header = "Check claims, evidence and a target's requirements; score the profile.",
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Report, most important first and each with file:line:col: requirements of the target that"
          + " no claim answers (required, then preferred); claims with no evidence or only weak"
          + " evidence; evidence no claim uses; references that do not resolve and duplicate ids;"
          + " placeholders left in drafts (TODO, TBD, FIXME, XXX, ???, empty list items, notes to"
          + " self such as \"(give some examples)\"); and claims of years of experience that the"
          + " profile's own dates contradict. Then the coverage and a score from 0 to 100.",
      "FILE may be in any format Profile Kit reads; with several, each is reported in turn (--format json:"
          + " one JSON document each). Without --target every target is checked.",
      "Fails (exit 1) when a finding is an error or the score is below --fail-under.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  profile check me.yaml",
      "  profile check draft.md --target acme --fail-under 80",
      "  profile check me.yaml --format json | jq .score",
      "",
      ExitCode.CHECK_TABLE
    })
final class CheckCommand implements Callable<Integer> {
  /** The output forms of {@code --format}. */
  enum OutputForm { text, json }

  @ParentCommand private ProfileCommand root;

  @Mixin private ProfileInput input;

  @Mixin private OverlayChoice overlays;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The profiles to check ('-' for standard input); a directory checks every profile in it.")
  private List<String> files;

  @Option(names = "--target", paramLabel = "ID", description = "Check against this target only (default: every target).")
  private Optional<String> target = Optional.empty();

  @Option(names = "--format", paramLabel = "FORM", description = "text (default) or json (stable, for tools).")
  private OutputForm form = OutputForm.text;

  @Option(names = "--fail-under", paramLabel = "N", description = "Fail when the score is below N, 0 to 100 (default: ${DEFAULT-VALUE}).", defaultValue = "0")
  private int failUnder;

  @Option(names = "--patterns", paramLabel = "FILE", description = "Placeholder patterns, one regular expression a line"
      + " ('#' comments; the line @defaults keeps the built-in ones). Replaces the built-in list.")
  private Optional<Path> patterns = Optional.empty();

  @Option(names = "--strict", description = "With --lang: untranslated and stale fields are errors, not warnings.")
  private boolean strict;

  @Override
  public Integer call() {
    if (failUnder < 0 || failUnder > 100) {
      throw new UsageProblem("--fail-under must be between 0 and 100, not " + failUnder);
    }
    Streams streams = root.streams();
    ProfileChecker.Builder checker = ProfileChecker.builder().target(target.orElse(null));
    if (patterns.isPresent()) {
      Optional<String> text = patternsText(patterns.get(), streams);
      if (text.isEmpty()) {
        return ExitCode.UNREADABLE;
      }
      try {
        checker.placeholderPatterns(PlaceholderPatterns.parse(text.get()));
      } catch (IllegalArgumentException e) {
        throw new UsageProblem(patterns.get() + ": " + e.getMessage());
      }
    }

    List<String> all = InputFiles.expand(files);
    int exit = ExitCode.OK;
    for (String file : all) {
      if (all.size() > 1 && form == OutputForm.text) {
        OutputFile.write("-", (file.equals(all.get(0)) ? "" : "\n") + "== " + file + " ==\n", streams, List.of());
      }
      exit = Math.max(exit, checkOne(file, checker, streams));
    }
    return exit;
  }

  private int checkOne(String file, ProfileChecker.Builder checker, Streams streams) {
    ReadResult raw = input.read(file, streams, Map.of(), overlays.files());
    ReadResult read = overlays.apply(raw);
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.colour());
    if (read.profile().isEmpty()) {
      printer.print(read.diagnostics());
      return ProfileInput.exitCodeOf(read);
    }
    Profile profile = read.profile().get();
    // The check reports the validator's findings itself, and with --lang the translation's
    // state (untranslated, stale); print only the rest of what the reader said.
    Set<Diagnostic> validation = new HashSet<>(ProfileValidator.validate(profile));
    List<Diagnostic> translation = overlays.language.isEmpty() ? List.of() : translationFindings(read.diagnostics(), raw.profile().orElse(null));
    List<Diagnostic> readerOnly = read.diagnostics().stream()
        .filter(d -> !validation.contains(d) && !Overlays.TRANSLATION_FINDINGS.contains(d.code())).toList();
    printer.print(readerOnly);

    CheckReport report;
    try {
      report = checker.build().check(profile, sourceText(file).orElse(null));
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(e.getMessage());
    }
    if (!translation.isEmpty()) {
      List<Diagnostic> findings = new ArrayList<>(report.findings());
      findings.addAll(translation);
      report = report.withFindings(findings);
    }
    String output = form == OutputForm.json
        ? report.toJson()
        : CheckReportText.text(report, streams.colour());
    OutputFile.write("-", output, streams, List.of());
    boolean readerErrors = readerOnly.stream().anyMatch(Diagnostic::isError);
    return report.passes(failUnder) && !readerErrors ? ExitCode.OK : ExitCode.INVALID;
  }

  /**
   * What resolving said about the translation, and whether it records marks at all: the report's
   * part on the translation, as errors under --strict.
   */
  private List<Diagnostic> translationFindings(List<Diagnostic> resolved, Profile unresolved) {
    List<Diagnostic> found = new ArrayList<>();
    resolved.stream().filter(d -> Overlays.TRANSLATION_FINDINGS.contains(d.code())).forEach(found::add);
    if (unresolved != null) {
      String wanted = overlays.language.get();
      String language = java.util.Locale.forLanguageTag(wanted).getLanguage();
      unresolved.translations().keySet().stream()
          .filter(tag -> tag.equalsIgnoreCase(wanted))
          .findFirst()
          .or(() -> unresolved.translations().keySet().stream()
              .filter(tag -> java.util.Locale.forLanguageTag(tag).getLanguage().equals(language)).findFirst())
          .ifPresent(tag -> Overlays.staleness(unresolved, tag).stream().filter(d -> !found.contains(d)).forEach(found::add));
    }
    return strict ? found.stream().map(d -> d.withSeverity(dev.profilekit.model.Severity.ERROR)).toList() : found;
  }

  /** The profile's text, so placeholders can be placed inside long fields; not for standard input. */
  private static Optional<String> sourceText(String file) {
    if (file.equals("-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> patternsText(Path file, Streams streams) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      streams.err().println("profile: cannot read the patterns file " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      return Optional.empty();
    }
  }
}
