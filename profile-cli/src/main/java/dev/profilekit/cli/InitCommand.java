package dev.profilekit.cli;

import dev.profilekit.model.ProfileSchema;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.WriteOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile init}: a starter profile that validates, in the format its file name says. */
@Command(
    header = "Write a starter profile.",
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Write a starter profile that validates as it is, in the format FILE's name says (any that"
          + " `profile formats` lists as read/write; .yaml comes with comments). Beside a YAML file it also writes"
          + " profile.schema.json, the JSON Schema the file's first line points editors to (kept if"
          + " it exists). Never replaces an existing file without --force.",
      ""
    },
    footer = {"", "Examples:", "  profile init me.yaml && profile validate me.yaml", "  profile init me.json --force", "", ExitCode.INIT_TABLE})
final class InitCommand implements Callable<Integer> {
  static final String SCHEMA_FILE = "profile.schema.json";

  @ParentCommand private ProfileCommand root;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write it (default: ${DEFAULT-VALUE}; '-' for standard output, as YAML).", defaultValue = "me.yaml")
  private String file;

  @Option(names = {"-t", "--to"}, paramLabel = "FORMAT", completionCandidates = FormatNames.class, description = "The format to write (default: from FILE's name).")
  private Optional<String> to = Optional.empty();

  @Option(names = "--force", description = "Replace FILE if it exists.")
  private boolean force;

  @Override
  public Integer call() {
    Format format = format();
    boolean toStream = OutputFile.isStandardOutput(file);
    if (!toStream && !force && Files.exists(Path.of(file))) {
      throw new UsageProblem(file + " already exists: choose another name, or replace it with --force");
    }
    String content = format.id().equals("yaml") ? starter() : inFormat(format);
    OutputFile.write(file, content, root.streams(), List.of(), true);
    if (toStream) {
      return ExitCode.OK;
    }
    String schemaNote = "";
    if (format.id().equals("yaml")) {
      Path schema = Path.of(file).toAbsolutePath().resolveSibling(SCHEMA_FILE);
      if (!Files.exists(schema)) {
        OutputFile.write(schema.toString(), ProfileSchema.json(), root.streams(), List.of());
        schemaNote = " and " + Path.of(file).resolveSibling(SCHEMA_FILE).normalize() + " (its schema, for your editor)";
      }
    }
    root.streams().err().println("Wrote " + file + schemaNote + ". Next: edit " + file + ", then `profile validate " + file + "`.");
    return ExitCode.OK;
  }

  private Format format() {
    Formats formats = Formats.standard();
    Optional<Format> chosen;
    try {
      chosen = to.isPresent() ? Optional.of(formats.require(to.get()))
          : OutputFile.isStandardOutput(file) ? formats.byId("yaml") : formats.forFileName(file);
    } catch (IllegalArgumentException e) {
      throw new UsageProblem(e.getMessage());
    }
    return chosen.filter(f -> f.reader().isPresent() && f.writer().isPresent())
        .orElseThrow(() -> new UsageProblem("cannot tell which format to write " + file
            + " in: name it " + RegistryHelp.extensionsOf(f -> f.reader().isPresent() && f.writer().isPresent())
            + ", or say --to FORMAT (a format profile reads back)"));
  }

  /** The starter converted: comments are YAML's alone, the content is the same. */
  private static String inFormat(Format format) {
    var read = Formats.standard().require("yaml").reader().orElseThrow()
        .read(Input.ofString("starter.yaml", starter()), ReadOptions.defaults());
    return format.writer().orElseThrow().write(read.profile().orElseThrow(), WriteOptions.defaults()).content();
  }

  static String starter() {
    try (InputStream in = InitCommand.class.getResourceAsStream("starter.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
