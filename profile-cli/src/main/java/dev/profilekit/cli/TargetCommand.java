package dev.profilekit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code profile target}: work with the postings a profile answers. */
@Command(
    header = "Work with targets (the postings a profile answers).",
    name = "target",
    mixinStandardHelpOptions = true,
    synopsisSubcommandLabel = "COMMAND",
    description = {"Work with targets: the job postings or calls a profile answers.", ""},
    subcommands = {TargetImportCommand.class},
    footer = {"", ExitCode.IMPORT_TABLE})
final class TargetCommand implements Callable<Integer> {
  @ParentCommand private ProfileCommand root;

  @Spec private CommandSpec spec;

  ProfileCommand root() {
    return root;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "say what to do: profile target import POSTING");
  }
}
