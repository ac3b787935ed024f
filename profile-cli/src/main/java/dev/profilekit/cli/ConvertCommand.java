package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.UnknownFormatException;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile convert}: read a profile in one format, write it in another. */
@Command(
    header = "Convert a profile from one format to another.",
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a profile between formats. Formats follow the file names (.yaml, .json,"
          + " .resume.json, .md, .html) unless --from/--to say otherwise; '-' is standard"
          + " input or output. The output is written only if the input is valid, and atomically:"
          + " a failed run leaves any existing output file as it was.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  profile convert me.yaml -o me.json",
      "  profile convert me.yaml --to html -o cv.html",
      "  profile convert me.yaml --to yaml             (prints to standard output)",
      "  profile convert - --from json --to yaml < me.json",
      "",
      ExitCode.TABLE
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand private ProfileCommand root;

  @Mixin private ProfileInput input;

  @Parameters(index = "0", paramLabel = "IN", description = "The profile to read ('-' for standard input).")
  private String in;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write (default: standard output).")
  private String out = "-";

  @Option(names = {"-t", "--to"}, paramLabel = "FORMAT", description = "Output format (default: from OUT's name).")
  private Optional<String> to = Optional.empty();

  @Option(names = "--target", paramLabel = "ID", description = "Write the answers to this target (Markdown, HTML).")
  private Optional<String> target = Optional.empty();

  @Option(names = "--front-matter", paramLabel = "KEY=VALUE", description = "Set a front matter key (Markdown), e.g. layout=single.")
  private Map<String, String> frontMatter = Map.of();

  @Option(names = "--theme", paramLabel = "DIR", description = "A theme directory (HTML); it may override single parts of the default theme.")
  private Optional<Path> theme = Optional.empty();

  @Option(names = "--strict", description = "Treat warnings (including what the output format cannot carry) as errors: write nothing and exit 1.")
  private boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only, no warnings.")
  private boolean quiet;

  @Override
  public Integer call() {
    Streams streams = root.streams();
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.terminal());
    Format format = outputFormat();
    ProfileWriter writer = format.writer()
        .orElseThrow(() -> new UsageProblem("the format '" + format.id() + "' can be read but not written"));

    ReadResult read = input.read(in, streams, Map.of());
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    if (read.profile().isEmpty() || read.hasErrors()) {
      printer.print(diagnostics);
      return ProfileInput.exitCodeOf(read);
    }
    Profile profile = read.profile().get();
    WriteResult written;
    try {
      written = writer.write(profile, WriteOptions.builder()
          .target(target)
          .putAllFrontMatter(frontMatter)
          .themeDirectory(theme)
          .build());
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(e.getMessage());
    }
    diagnostics.addAll(written.losses());
    if (!quiet || strict) {
      printer.print(diagnostics);
    }
    if (strict && !diagnostics.isEmpty()) {
      streams.err().println("profile: " + diagnostics.size() + " warning(s) under --strict: nothing written");
      return ExitCode.INVALID;
    }
    OutputFile.write(out, written.content(), streams, List.of(in));
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
    if (out.equals("-")) {
      throw new UsageProblem("say which format to write with --to FORMAT (writable: "
          + String.join(", ", formats.ids(f -> f.writer().isPresent())) + ")");
    }
    return formats.forFileName(out).filter(f -> f.writer().isPresent())
        .orElseThrow(() -> new UsageProblem("cannot tell which format to write from the name " + out
            + ": say --to FORMAT (writable: " + String.join(", ", formats.ids(f -> f.writer().isPresent())) + ")"));
  }
}
