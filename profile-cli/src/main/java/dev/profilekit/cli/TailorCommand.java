package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.check.ProfileTailor;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.UnknownFormatException;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile tailor}: a profile cut down to what one target needs. */
@Command(
    header = "Cut a profile down to what one target needs.",
    name = "tailor",
    mixinStandardHelpOptions = true,
    description = {
      "Write a new profile holding the target, the claims answering its requirements (and claims"
          + " with any of --tags), the evidence behind them, and the work, projects, publications…"
          + " that evidence refers to, in their original order. The person is kept, and the skills"
          + " those claims and entries are tagged with; sections only when named by --keep."
          + " Everything else is left out. The result is an ordinary profile.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  profile tailor me.yaml --target acme -o acme.yaml",
      "  profile tailor me.yaml --target acme --tags python --keep about --to markdown",
      "",
      ExitCode.TAILOR_TABLE
    })
final class TailorCommand implements Callable<Integer> {
  @ParentCommand private ProfileCommand root;

  @Mixin private ProfileInput input;

  @Mixin private OverlayChoice overlays;

  @Parameters(index = "0", paramLabel = "FILE", description = "The profile to tailor ('-' for standard input).")
  private String file;

  @Option(names = "--target", required = true, paramLabel = "ID", description = "The target to tailor for.")
  private String target;

  @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Also keep claims with any of these tags.")
  private List<String> tags = List.of();

  @Option(names = "--keep", split = ",", paramLabel = "SECTION", description = "Keep these sections (by id or title).")
  private List<String> keep = List.of();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write (default: standard output).")
  private String out = "-";

  @Option(names = {"-t", "--to"}, paramLabel = "FORMAT", completionCandidates = FormatNames.class, description = "Output format (default: from OUT's name; yaml on standard output).")
  private Optional<String> to = Optional.empty();

  @Option(names = "--force", description = "Replace an existing YAML file even though its comments will be lost.")
  private boolean force;

  @Override
  public Integer call() {
    Streams streams = root.streams();
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.colour());
    Format format = outputFormat();
    ProfileWriter writer = format.writer().orElseThrow(() -> new UsageProblem(FormatRoles.cannotWrite(format)));

    ReadResult read = overlays.apply(input.read(file, streams, Map.of(), overlays.files()));
    printer.print(read.diagnostics());
    if (read.profile().isEmpty() || read.hasErrors()) {
      return read.profile().isEmpty() ? ProfileInput.exitCodeOf(read) : ExitCode.INVALID;
    }
    Profile tailored;
    try {
      tailored = ProfileTailor.tailor(read.profile().get(), target, tags, keep);
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(e.getMessage());
    }
    WriteResult written = writer.write(tailored, WriteOptions.builder().target(target).language(overlays.language).build());
    printer.print(written.losses());
    if (written.losses().stream().anyMatch(Diagnostic::isError)) {
      return ExitCode.INVALID;
    }
    OutputFile.write(out, written.bytes(), streams, List.of(file), force);
    return ExitCode.OK;
  }

  private Format outputFormat() {
    Formats formats = Formats.standard();
    try {
      if (to.isPresent()) {
        return formats.require(to.get());
      }
    } catch (UnknownFormatException e) {
      throw new UsageProblem(e.getMessage());
    }
    if (OutputFile.isStandardOutput(out)) {
      return formats.require("yaml");
    }
    return formats.forFileName(out).filter(f -> f.writer().isPresent())
        .orElseThrow(() -> new UsageProblem("cannot tell which format to write from the name " + out
            + ": say --to FORMAT (writable: " + String.join(", ", formats.ids(f -> f.writer().isPresent())) + ")"));
  }
}
