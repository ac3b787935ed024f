package dev.profilekit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code profile}: the top-level command. It only holds the subcommands and shared state. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Keep your professional profile as one source of truth and turn it into every document"
          + " you need: Markdown pages, JSON Resume, a self-contained HTML CV.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  profile init me.yaml                   write a starter profile",
      "  profile validate me.yaml               every problem, with file:line:col",
      "  profile convert me.yaml -o me.json     formats follow the file names",
      "  profile convert me.yaml --to json      write to standard output",
      "  profile serve me.yaml                  live preview in the browser",
      "  profile convert - --from yaml --to json < me.yaml",
      "  profile check me.yaml --target acme   what is missing, with a score",
      "  profile target import posting.json --into me.yaml",
      "  source <(profile generate-completion)  tab completion for bash and zsh",
      "",
      ExitCode.TABLE
    })
final class ProfileCommand {
  private final Streams streams;

  @Option(
      names = "--debug",
      scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  private boolean debug;

  ProfileCommand(Streams streams) {
    this.streams = streams;
  }

  Streams streams() {
    return streams;
  }

  boolean debug() {
    return debug;
  }
}
