package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Target;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.UnknownFormatException;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.model.target.TargetImport;
import dev.profilekit.model.target.TargetReadResult;
import dev.profilekit.model.target.TargetReader;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.TextInput;
import dev.profilekit.spi.TreeText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile target import}: a target from a real posting. */
@Command(
    header = "Import a job posting as a target.",
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Read a posting — a saved web page with a schema.org JobPosting, plain text pasted"
          + " from anywhere ('-' for standard input), a posting written in Markdown,"
          + " or a JSON Resume job description — and print the target as YAML, or add"
          + " it to a profile with --into.",
      "Lists under headings become requirement groups (preferred when the heading says \"nice to"
          + " have\", \"may also\"…), qualifications and skills required requirements,"
          + " responsibilities stay context; requirement ids are slugs of their text.",
      "With --into the profile is rewritten atomically, and only when nothing would be lost: a"
          + " target with the same id, a format that cannot carry everything, or YAML comments"
          + " (unless --force) stop it."
    },
    footer = {
      "",
      "Examples:",
      "  profile target import posting.html",
      "  pbpaste | profile target import - --into me.yaml",
      "  profile target import posting.md --into me.yaml",
      "  profile target import posting.json --into me.yaml --id acme-2027 -o me-acme.yaml",
      "",
      ExitCode.IMPORT_TABLE
    })
final class TargetImportCommand implements Callable<Integer>, RegistryHelp.Described {
  private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^\\s*#");
  private static final String STDIN = "<stdin>";

  @ParentCommand private TargetCommand parent;

  @Mixin private ProfileInput input;

  @Parameters(index = "0", paramLabel = "POSTING", description = "The posting ('-' for standard input, recognised by its content).")
  private String posting;

  @Option(names = "--posting-format", paramLabel = "FORMAT", completionCandidates = PostingFormatNames.class, description = "Read the posting as FORMAT (${COMPLETION-CANDIDATES}) whatever its name.")
  private Optional<String> postingFormat = Optional.empty();

  @Option(names = "--into", paramLabel = "PROFILE", description = "Add the target to this profile (rewritten in place unless -o).")
  private Optional<String> into = Optional.empty();

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write (default: PROFILE with --into, else standard output).")
  private Optional<String> out = Optional.empty();

  @Option(names = "--id", paramLabel = "ID", description = "The target's id (default: a slug of company and title).")
  private Optional<String> id = Optional.empty();

  @Option(names = "--force", description = "Rewrite PROFILE even though its YAML comments will be lost.")
  private boolean force;

  @Override
  public List<String> registryLines() {
    return RegistryHelp.postingFormatsByFileName("Posting formats by file name (--posting-format chooses otherwise):");
  }

  @Override
  public Integer call() {
    Streams streams = parent.root().streams();
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.colour());
    ReadOptions options = input.options(Map.of());
    Input postingInput;
    TargetReader reader;
    if (posting.equals("-") && postingFormat.isEmpty()) {
      // Standard input has no name to go by: read it whole, then ask the formats whose it is.
      String text;
      try {
        text = TextInput.decode(Input.of(STDIN, streams::in), options.limits());
      } catch (InputProblem problem) {
        List<Diagnostic> failed = forPostings(List.of(problem.diagnostic()));
        printer.print(failed);
        return ProfileInput.exitCodeOf(ReadResult.failed(failed));
      }
      Format format = Formats.standard().recognisePosting(text).orElseGet(() -> Formats.standard().requirePosting("text"));
      streams.err().println("profile: standard input read as posting format " + format.id() + ", going by its content;"
          + " say --posting-format " + String.join("|", Formats.standard().ids(f -> f.postingReader().isPresent()))
          + " to read it otherwise");
      postingInput = Input.ofString(STDIN, text);
      reader = format.postingReader().orElseThrow();
    } else {
      postingInput = posting.equals("-") ? Input.of(STDIN, streams::in) : Input.ofPath(Path.of(posting));
      reader = readerFor(posting);
    }
    TargetReadResult read = reader.read(postingInput, options);
    List<Diagnostic> diagnostics = forPostings(read.diagnostics());
    printer.print(diagnostics);
    if (read.target().isEmpty()) {
      return ProfileInput.exitCodeOf(ReadResult.failed(diagnostics));
    }
    Target target = id.map(newId -> read.target().get().withId(newId))
        .orElse(read.target().get());
    if (into.isEmpty()) {
      String yaml = TreeText.yaml(ModelTrees.write(dev.profilekit.model.Target.class, target));
      OutputFile.write(out.orElse("-"), yaml, streams, List.of(posting));
      return ExitCode.OK;
    }
    return addTo(into.get(), target, streams, printer);
  }

  private int addTo(String profileFile, Target target, Streams streams, DiagnosticPrinter printer) {
    ReadResult profileRead = input.read(profileFile, streams, Map.of());
    printer.print(profileRead.diagnostics());
    if (profileRead.profile().isEmpty() || profileRead.hasErrors()) {
      return profileRead.profile().isEmpty() ? ProfileInput.exitCodeOf(profileRead) : ExitCode.INVALID;
    }
    Profile updated;
    try {
      updated = TargetImport.into(profileRead.profile().get(), target);
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(e.getMessage() + ": import it under another id with --id");
    }
    String destination = out.orElse(profileFile);
    Format format = formatOf(profileFile, destination);
    WriteResult written = format.writer().orElseThrow().write(updated, WriteOptions.defaults());
    if (!written.losses().isEmpty() || !readsBackTheSame(format, destination, written, updated)) {
      printer.print(written.losses());
      streams.err().println("profile: " + destination + " as " + format.id()
          + " cannot hold everything in the profile: nothing written; choose a lossless output such as -o me.yaml");
      return ExitCode.INVALID;
    }
    if (destination.equals(profileFile) && !force && hasYamlComments(format, profileFile)) {
      throw new UsageProblem(profileFile + " has comments, which rewriting it would drop: write elsewhere with -o,"
          + " or rewrite it anyway with --force");
    }
    OutputFile.write(destination, written.bytes(), streams, List.of(posting), force);
    streams.err().println("Added target `" + target.id() + "` to " + destination + ".");
    return ExitCode.OK;
  }

  /** An empty posting wants a posting, not the starter profile the readers' hint offers. */
  private static List<Diagnostic> forPostings(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> !d.code().equals("empty-input") ? d : d.withHint(
        "give the posting: a file ending in " + RegistryHelp.extensionsOf(RegistryHelp::readsPostings)
            + ", or its text on standard input (`pbpaste | profile target import -`)")).toList();
  }

  /** The registry's posting reader for the posting's name, or the one --posting-format names. */
  private TargetReader readerFor(String file) {
    Formats formats = Formats.standard();
    try {
      Optional<Format> format = postingFormat.map(formats::requirePosting).or(() -> formats.forPostingFileName(file));
      return format.flatMap(Format::postingReader).orElseThrow(() -> new UsageProblem(
          "cannot tell what kind of posting " + file + " is: name it " + RegistryHelp.extensionsOf(RegistryHelp::readsPostings) + ", or say --posting-format " + String.join("|", formats.ids(f -> f.postingReader().isPresent()))));
    } catch (UnknownFormatException e) {
      throw new UsageProblem(e.getMessage());
    }
  }

  /** The format to write: --from's when rewriting the profile, else the one the output's name says. */
  private Format formatOf(String profileFile, String destination) {
    Formats formats = Formats.standard();
    try {
      Optional<Format> chosen = destination.equals(profileFile)
          ? input.from.map(formats::require).or(() -> formats.forFileName(destination))
          : formats.forFileName(destination).or(() -> input.from.map(formats::require));
      return chosen.filter(f -> f.writer().isPresent() && f.reader().isPresent())
          .orElseThrow(() -> new UsageProblem("cannot tell which format to write " + destination
              + " in, or it cannot be read back: name it .yaml or .json"));
    } catch (UnknownFormatException e) {
      throw new UsageProblem(e.getMessage());
    }
  }

  private static boolean readsBackTheSame(Format format, String name, WriteResult written, Profile expected) {
    Input input = written.isText() ? Input.ofString(name, written.content()) : Input.ofBytes(name, written.bytes());
    ReadResult again = format.reader().orElseThrow().read(input, ReadOptions.defaults());
    return again.profile().filter(expected::equals).isPresent()
        && again.diagnostics().stream().noneMatch(Diagnostic::isError);
  }

  private static boolean hasYamlComments(Format format, String file) {
    if (!format.id().equals("yaml")) {
      return false;
    }
    try {
      return COMMENT_LINE.matcher(Files.readString(Path.of(file), StandardCharsets.UTF_8)).find();
    } catch (IOException e) {
      return false;
    }
  }
}
