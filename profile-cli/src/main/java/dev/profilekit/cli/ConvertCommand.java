package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatOption;
import dev.profilekit.model.format.FormatRole;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.NativeOptions;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.UnknownFormatException;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
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
      "Convert a profile between formats. '-' is standard input or output. The output is"
          + " written only if the input is valid, and atomically: a failed run leaves any existing"
          + " output file as it was."
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
      ExitCode.CONVERT_TABLE
    })
final class ConvertCommand implements Callable<Integer>, RegistryHelp.Described {
  @ParentCommand private ProfileCommand root;

  @Mixin private ProfileInput input;

  @Parameters(arity = "1..*", paramLabel = "IN",
      description = "The profile to read ('-' for standard input); several files or directories convert them all into the directory -o names.")
  private List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Where to write (default: standard output). An existing directory gets DIR/NAME.EXT;"
          + " several inputs need a directory, whose subdirectories mirror the inputs'. Missing parent"
          + " directories are created; a symbolic link's target is replaced, the link kept.")
  private String out = "-";

  @Option(names = "--lines-as", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
      description = "With jsonl: the format of each line (reading: told by each line's content unless given; writing: json).")
  private Optional<String> linesAs = Optional.empty();

  @Option(names = {"-t", "--to"}, paramLabel = "FORMAT", completionCandidates = FormatNames.class, description = "Output format (default: from OUT's name).")
  private Optional<String> to = Optional.empty();

  @Option(names = "--target", paramLabel = "ID", description = "Write the answers to this target (Markdown, HTML, PDF).")
  private Optional<String> target = Optional.empty();

  @Option(names = "--front-matter", paramLabel = "KEY=VALUE", description = "Set a front matter key (Markdown), e.g. layout=single.")
  private Map<String, String> frontMatter = Map.of();

  @Option(names = "--theme", paramLabel = "DIR", description = "A theme directory (HTML, PDF); it may override single parts of the default theme.")
  private Optional<Path> theme = Optional.empty();

  @Mixin private OverlayChoice overlays;

  @Option(names = "--strict", description = "Treat warnings (including what the output format cannot carry) as errors: write nothing and exit 1.")
  private boolean strict;

  @Option(names = {"-q", "--quiet"}, description = "Print errors only, no warnings.")
  private boolean quiet;

  @Option(names = "--force", description = "Replace an existing YAML file even though its comments will be lost.")
  private boolean force;

  @Option(names = "--watch", description = "Keep running: convert again whenever an input or theme file changes, one line per rebuild; Ctrl-C stops (exit 0).")
  private boolean watch;

  @Override
  public Integer call() {
    refuseUselessOptions();
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

  /** An option the output format does not use is a mistake to point out, not to ignore. */
  private void refuseUselessOptions() {
    Optional<Format> format = isJsonLines(to, out)
        ? Optional.of(linesAs.map(this::formatNamed).orElse(Formats.standard().require("json")))
        : to.map(this::formatNamed).or(() -> OutputFile.isStandardOutput(out) || Files.isDirectory(Path.of(out))
            ? Optional.empty() : Formats.standard().forFileName(out));
    if (format.isEmpty()) {
      return;
    }
    FormatOptions.refuseUnused(format.get(), FormatOption.TARGET, target.isPresent());
    FormatOptions.refuseUnused(format.get(), FormatOption.THEME, theme.isPresent());
    FormatOptions.refuseUnused(format.get(), FormatOption.FRONT_MATTER, !frontMatter.isEmpty());
  }

  /** Whether the format named, or else the file name, is the container JSON Lines streams. */
  private static boolean isJsonLines(Optional<String> format, String fileName) {
    return format.map(JsonLinesConversion.ID::equals)
        .orElse(Formats.standard().forFileName(fileName, FormatRole.CONTAINER).isPresent());
  }

  private WriteOptions writeOptions() {
    // --set settings go to the writer too: a format's writer settings (jsonresume.aliases=off) live beside its reader's.
    WriteOptions.Builder options = WriteOptions.builder().target(target).putAllFrontMatter(frontMatter).themeDirectory(theme)
        .putAllSettings(input.settings);
    // The page's language (labels, dates, HTML's lang) is the translation's, unless --front-matter lang= says otherwise.
    overlays.language.filter(tag -> !frontMatter.containsKey("lang")).ifPresent(options::language);
    return options.build();
  }

  /** A name with an extension some format has ({@code two.html}); a bare {@code out} or {@code DIR/} is a directory. */
  private static boolean looksLikeAFileName(String name) {
    if (name.endsWith("/") || name.endsWith(java.io.File.separator)) {
      return false;
    }
    Path fileName = Path.of(name).getFileName();
    return fileName != null && fileName.toString().indexOf('.') > 0 && Formats.standard().forFileName(fileName.toString()).isPresent();
  }

  private int convertMany() {
    overlays.refuseFor("several files");
    if (OutputFile.isStandardOutput(out)) {
      throw new UsageProblem("converting several files needs an output directory: add -o DIR");
    }
    Path directory = Path.of(out);
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new UsageProblem("converting several files needs an output directory, and " + out + " is a file: name a directory with -o");
    }
    if (!Files.exists(directory) && looksLikeAFileName(out)) {
      throw new UsageProblem("converting several files needs an output directory, and " + out
          + " is named like a file: name a directory with -o (it is created if missing)");
    }
    Format format = to.map(this::formatNamed).orElseThrow(
        () -> new UsageProblem("converting several files needs --to FORMAT (writable: " + writable() + ")"));
    requireWriter(format);
    return new BatchConversion(format, input.from, input.options(Map.of()), writeOptions(), strict, quiet, root.streams())
        .force(force)
        .run(inputs, directory);
  }

  private int convertJsonLines() {
    overlays.refuseFor("jsonl");
    Formats formats = Formats.standard();
    Optional<Format> lines = linesAs.map(this::formatNamed);
    lines.filter(format -> format.roles().contains(FormatRole.CONTAINER)).ifPresent(format -> {
      throw new UsageProblem("--lines-as takes the format of each line, and " + format.id() + " holds lines itself");
    });
    boolean linesIn = isJsonLines(input.from, inputs.get(0));
    if (linesIn && !isJsonLines(to, out)) {
      throw new UsageProblem("jsonl input converts to jsonl output: add --to jsonl (and --lines-as FORMAT for the lines' format)");
    }
    // Lines read from jsonl are written as native JSON; files packed into jsonl as --lines-as says.
    Format linesOut = linesIn ? formats.require("json") : lines.orElse(formats.require("json"));
    requireWriter(linesOut);
    lines.filter(format -> !format.isText()).ifPresent(format -> {
      throw new UsageProblem("the format '" + format.id() + "' is binary, and each line of jsonl is text: convert into a directory instead");
    });
    WriteOptions oneLine = WriteOptions.builder().from(writeOptions()).putSettings(NativeOptions.COMPACT, "true").build();
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
    return String.join(", ", Formats.standard().ids(
        f -> f.roles().contains(FormatRole.WRITES_PROFILES) || f.roles().contains(FormatRole.CONTAINER)));
  }

  private static void requireWriter(Format format) {
    if (format.writer().isEmpty()) {
      throw new UsageProblem(FormatRoles.cannotWrite(format));
    }
  }

  @Override
  public List<String> registryLines() {
    return RegistryHelp.profileFormatsByFileName("Formats by file name (--from and --to choose otherwise):");
  }

  private int convertOne(String in) {
    try {
      return convertOneUnguarded(in);
    } catch (StackOverflowError | OutOfMemoryError e) {
      Streams streams = root.streams();
      new DiagnosticPrinter(streams.err(), streams.colour())
          .print(List.of(WorkFailure.diagnostic(in.equals("-") ? "<stdin>" : in, 1, e)));
      return ExitCode.INVALID;
    }
  }

  private int convertOneUnguarded(String in) {
    Streams streams = root.streams();
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.colour());
    Format format = outputFormat();
    requireWriter(format);
    String destination = intoDirectory(in, format);
    ProfileWriter writer = format.writer().orElseThrow();

    ReadResult read = overlays.apply(input.read(in, streams, Map.of(), overlays.files()));
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
    diagnostics = Losses.merge(profile, diagnostics, written.losses());
    diagnostics.addAll(FormatOptions.idleWriteSettings(format, input.settings));
    if (!quiet || strict) {
      printer.print(diagnostics);
    }
    if (strict && !diagnostics.isEmpty()) {
      streams.err().println("profile: " + diagnostics.size() + " warning(s) under --strict: nothing written");
      return ExitCode.INVALID;
    }
    OutputFile.write(destination, written.bytes(), streams, List.of(in), force);
    return ExitCode.OK;
  }

  /** {@code -o DIR} for one input writes DIR/NAME.EXT, NAME from the input's file name. */
  private String intoDirectory(String in, Format format) {
    if (OutputFile.isStandardOutput(out) || !(Files.isDirectory(Path.of(out)) || out.endsWith("/"))) {
      return out;
    }
    if (in.equals("-")) {
      throw new UsageProblem(out + " is a directory, and standard input has no name to give the file: say -o " + out
          + (out.endsWith("/") ? "" : "/") + "NAME" + format.fileExtensions().get(0));
    }
    return Path.of(out).resolve(BatchConversion.outputName(Path.of(in), format)).toString();
  }

  /** Whether {@code --front-matter} gives the written page a title, which is its person's name. */
  private boolean namesThePage(Format format) {
    return format.id().equals("markdown") && target.isEmpty()
        && java.util.stream.Stream.of("title", "name", "author")
            .anyMatch(key -> !frontMatter.getOrDefault(key, "").isBlank());
  }

  private Format outputFormat() {
    if (to.isPresent()) {
      return formatNamed(to.get());
    }
    if (Files.isDirectory(Path.of(out)) || out.endsWith("/")) {
      throw new UsageProblem("writing into the directory " + out + " needs --to FORMAT (writable: " + writable() + ")");
    }
    if (OutputFile.isStandardOutput(out)) {
      throw new UsageProblem("say which format to write with --to FORMAT (writable: " + writable() + ")");
    }
    return Formats.standard().forFileName(out).filter(f -> f.writer().isPresent())
        .orElseThrow(() -> new UsageProblem("cannot tell which format to write from the name " + out
            + ": say --to FORMAT (writable: " + writable() + ")"));
  }
}
