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
import dev.profilekit.model.internal.nativeformat.NativeWriter;
import dev.profilekit.render.jsonresume.JsonResumeFormat;
import java.nio.file.Files;
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
      "  profile convert profiles/ --to html -o site/      (every file, on all cores)",
      "  profile convert resumes.jsonl --from jsonl --to jsonl -o profiles.jsonl",
      "  profile convert me.yaml -o cv.html --watch        (again on every save)",
      "",
      ExitCode.TABLE
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand private ProfileCommand root;

  @Mixin private ProfileInput input;

  @Parameters(arity = "1..*", paramLabel = "IN",
      description = "The profile to read ('-' for standard input); several files or directories convert them all into the directory -o names.")
  private List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Where to write (default: standard output); a directory when converting several files.")
  private String out = "-";

  @Option(names = "--lines-as", paramLabel = "FORMAT",
      description = "With jsonl: the format of each line (reading: told by each line's content unless given; writing: json).")
  private Optional<String> linesAs = Optional.empty();

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

  @Option(names = "--watch", description = "Keep running: convert again whenever an input or theme file changes, one line per rebuild; Ctrl-C stops (exit 0).")
  private boolean watch;

  @Override
  public Integer call() {
    if (watch) {
      return new ConvertWatch(inputs, out, theme, root.streams()).run(this::convertOnce);
    }
    return convertOnce();
  }

  private int convertOnce() {
    if (isJsonLines(input.from, inputs.get(0)) || isJsonLines(to, out)) {
      return convertJsonLines();
    }
    if (inputs.size() > 1 || Files.isDirectory(Path.of(inputs.get(0)))) {
      return convertMany();
    }
    return convertOne(inputs.get(0));
  }

  private static boolean isJsonLines(Optional<String> format, String fileName) {
    return format.map(JsonLinesConversion.ID::equals).orElse(fileName.endsWith(".jsonl"));
  }

  private WriteOptions writeOptions() {
    // --set settings go to the writer too: a format's writer settings (jsonresume.aliases=off) live beside its reader's.
    return WriteOptions.builder().target(target).putAllFrontMatter(frontMatter).themeDirectory(theme)
        .putAllSettings(input.settings).build();
  }

  private int convertMany() {
    if (out.equals("-")) {
      throw new UsageProblem("converting several files needs an output directory: add -o DIR");
    }
    Format format = to.map(this::formatNamed).orElseThrow(
        () -> new UsageProblem("converting several files needs --to FORMAT (writable: " + writable() + ")"));
    requireWriter(format);
    return new BatchConversion(format, input.from, input.options(Map.of()), writeOptions(), strict, quiet, root.streams())
        .run(inputs, Path.of(out));
  }

  private int convertJsonLines() {
    Formats formats = Formats.standard();
    Optional<Format> lines = linesAs.map(this::formatNamed);
    boolean linesIn = isJsonLines(input.from, inputs.get(0));
    if (linesIn && !isJsonLines(to, out)) {
      throw new UsageProblem("jsonl input converts to jsonl output: add --to jsonl (and --lines-as FORMAT for the lines' format)");
    }
    // Lines read from jsonl are written as native JSON; files packed into jsonl as --lines-as says.
    Format linesOut = linesIn ? formats.require("json") : lines.orElse(formats.require("json"));
    requireWriter(linesOut);
    WriteOptions oneLine = WriteOptions.builder().from(writeOptions()).putSettings(NativeWriter.COMPACT, "true").build();
    JsonLinesConversion conversion = new JsonLinesConversion(
        linesIn ? lines : input.from.map(this::formatNamed), linesOut, input.options(Map.of()), oneLine, quiet, root.streams());
    if (linesIn) {
      if (inputs.size() != 1) {
        throw new UsageProblem("give one jsonl input (a file or '-')");
      }
      return conversion.fromLines(inputs.get(0), out);
    }
    return conversion.fromFiles(BatchConversion.expand(inputs), out);
  }

  private Format formatNamed(String id) {
    try {
      return Formats.standard().require(id);
    } catch (UnknownFormatException e) {
      throw new UsageProblem(e.getMessage() + (id.equals(JsonLinesConversion.ID) ? "" : "; jsonl streams one profile per line"));
    }
  }

  private static String writable() {
    return String.join(", ", Formats.standard().ids(f -> f.writer().isPresent())) + ", jsonl";
  }

  private static void requireWriter(Format format) {
    if (format.writer().isEmpty()) {
      throw new UsageProblem("the format '" + format.id() + "' can be read but not written");
    }
  }

  private int convertOne(String in) {
    try {
      return convertOneUnguarded(in);
    } catch (StackOverflowError | OutOfMemoryError e) {
      Streams streams = root.streams();
      new DiagnosticPrinter(streams.err(), streams.terminal())
          .print(List.of(WorkFailure.diagnostic(in.equals("-") ? "<stdin>" : in, 1, e)));
      return ExitCode.INVALID;
    }
  }

  private int convertOneUnguarded(String in) {
    Streams streams = root.streams();
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.terminal());
    Format format = outputFormat();
    requireWriter(format);
    ProfileWriter writer = format.writer().orElseThrow();

    ReadResult read = input.read(in, streams, Map.of());
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    if (namesThePage(format)) {
      // The page gets its title from --front-matter: it is not without a name.
      diagnostics.removeIf(diagnostic -> diagnostic.code().equals("missing-name"));
    }
    if (read.profile().isEmpty() || read.hasErrors()) {
      printer.print(diagnostics);
      return ProfileInput.exitCodeOf(read);
    }
    Profile profile = read.profile().get();
    WriteResult written;
    try {
      written = writer.write(profile, writeOptions());
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(e.getMessage());
    }
    diagnostics.addAll(written.losses());
    idleWriteSetting(format).ifPresent(diagnostics::add);
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

  /** Whether {@code --front-matter} gives the written page a title, which is its person's name. */
  private boolean namesThePage(Format format) {
    return format.id().equals("markdown") && target.isEmpty()
        && java.util.stream.Stream.of("title", "name", "author")
            .anyMatch(key -> !frontMatter.getOrDefault(key, "").isBlank());
  }

  /** The JSON Resume writer's setting given for another output format does nothing: say so. */
  private Optional<Diagnostic> idleWriteSetting(Format format) {
    if (!input.settings.containsKey(JsonResumeFormat.ALIASES_SETTING) || format.id().equals(JsonResumeFormat.ID)) {
      return Optional.empty();
    }
    return Optional.of(Diagnostic.warning("unused-setting",
        "--set " + JsonResumeFormat.ALIASES_SETTING + " does nothing when writing " + format.id() + " (it is for --to "
            + JsonResumeFormat.ID + ")"));
  }

  private Format outputFormat() {
    if (to.isPresent()) {
      return formatNamed(to.get());
    }
    if (out.equals("-")) {
      throw new UsageProblem("say which format to write with --to FORMAT (writable: " + writable() + ")");
    }
    return Formats.standard().forFileName(out).filter(f -> f.writer().isPresent())
        .orElseThrow(() -> new UsageProblem("cannot tell which format to write from the name " + out
            + ": say --to FORMAT (writable: " + writable() + ")"));
  }
}
