package dev.profilekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile init}: a commented starter profile that validates. */
@Command(
    header = "Write a commented starter profile.",
    name = "init",
    mixinStandardHelpOptions = true,
    description = {"Write a commented starter profile (it validates as it is). Never replaces an existing file.", ""},
    footer = {"", "Example:", "  profile init me.yaml && profile validate me.yaml"})
final class InitCommand implements Callable<Integer> {
  @ParentCommand private ProfileCommand root;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "Where to write it (default: ${DEFAULT-VALUE}; '-' for standard output).", defaultValue = "me.yaml")
  private String file;

  @Override
  public Integer call() {
    if (!file.equals("-") && Files.exists(Path.of(file))) {
      throw new UsageProblem(file + " already exists: choose another name, or remove it first");
    }
    OutputFile.write(file, starter(), root.streams(), List.of());
    if (!file.equals("-")) {
      root.streams().err().println("Wrote " + file + ". Next: edit it, then `profile validate " + file + "`.");
    }
    return ExitCode.OK;
  }

  static String starter() {
    try (InputStream in = InitCommand.class.getResourceAsStream("starter.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
