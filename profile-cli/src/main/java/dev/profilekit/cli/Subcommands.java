package dev.profilekit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The subcommands of {@code profile}, registered by name. picocli reads every registered
 * command's annotations up front, which is a good part of a run's start-up; a run that names
 * its subcommand needs only that one. Help, completion and mistyped names get them all.
 */
final class Subcommands {
  private static final Map<String, Supplier<Object>> BY_NAME = new LinkedHashMap<>();

  static {
    BY_NAME.put("convert", ConvertCommand::new);
    BY_NAME.put("serve", ServeCommand::new);
    BY_NAME.put("validate", ValidateCommand::new);
    BY_NAME.put("init", InitCommand::new);
    BY_NAME.put("formats", FormatsCommand::new);
    BY_NAME.put("schema", SchemaCommand::new);
    BY_NAME.put("check", CheckCommand::new);
    BY_NAME.put("tailor", TailorCommand::new);
    BY_NAME.put("translate", TranslateCommand::new);
    BY_NAME.put("target", TargetCommand::new);
    BY_NAME.put("generate-completion", CompletionCommand::new);
    BY_NAME.put("help", CommandLine.HelpCommand::new);
    BY_NAME.put("warm-up", WarmUpCommand::new);
  }

  private Subcommands() {}

  /** Adds the subcommands {@code args} can reach to {@code root}: none for a bare {@code --version}. */
  static void register(CommandLine root, String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return;
    }
    String named = firstWord(args);
    // Help and completion describe the other commands, so they need them all.
    if (named != null && BY_NAME.containsKey(named) && !named.equals("generate-completion") && !named.equals("help")) {
      root.addSubcommand(named, BY_NAME.get(named).get());
    } else {
      BY_NAME.forEach((name, command) -> root.addSubcommand(name, command.get()));
    }
    RegistryHelp.install(root);
  }

  /**
   * The subcommand's name when it comes first or after {@code --debug} alone; null when another
   * option comes first ({@code --help convert} shows the root's help, which lists every command).
   */
  private static String firstWord(String[] args) {
    for (String arg : args) {
      if (!arg.startsWith("-")) {
        return arg;
      }
      if (!arg.equals("--debug") && !arg.startsWith("--color")) {
        return null;
      }
    }
    return null;
  }
}
