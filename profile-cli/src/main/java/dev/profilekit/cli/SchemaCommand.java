package dev.profilekit.cli;

import dev.profilekit.model.ProfileSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code profile schema}: the JSON Schema of the native format, for editors. */
@Command(
    header = "Print the JSON Schema of the native format (for editors).",
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema of the native format. Save it and point your editor at it for"
          + " autocompletion and checking, e.g. in VS Code (YAML extension) put this first line in"
          + " me.yaml:",
      "  # yaml-language-server: $schema=./profile.schema.json",
      ""
    },
    footer = {"", "Example:", "  profile schema > profile.schema.json"})
final class SchemaCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ProfileSchema.json());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
