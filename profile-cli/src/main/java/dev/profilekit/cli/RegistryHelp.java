package dev.profilekit.cli;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatRole;
import dev.profilekit.model.format.Formats;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine;

/**
 * Help text taken from the format registry, so a format added later shows in {@code --help}
 * without a second list to keep up. A command that implements {@link Described} gets its lines
 * after its description, computed only when help is shown.
 */
final class RegistryHelp {
  /** A command whose help lists what the registry knows. */
  interface Described {
    /** Lines to show after the command's description, one format per line. */
    List<String> registryLines();
  }

  private RegistryHelp() {}

  /** Adds the registry lines to {@code command}'s help and its subcommands' that ask for them. */
  static void install(CommandLine command) {
    if (command.getCommand() instanceof Described described) {
      // One short line per format: picocli wraps long lines at every '.', which splits ".yml".
      command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
          help -> help.description() + String.join(System.lineSeparator(), described.registryLines())
              + System.lineSeparator() + System.lineSeparator());
    }
    command.getSubcommands().values().forEach(RegistryHelp::install);
  }

  /** The formats convert reads or writes, each with its file names, under {@code heading}. */
  static List<String> profileFormatsByFileName(String heading) {
    return byFileName(heading, FormatNames::isConverted);
  }

  /** The formats {@code target import} reads postings from, each with its file names. */
  static List<String> postingFormatsByFileName(String heading) {
    return byFileName(heading, RegistryHelp::readsPostings);
  }

  /**
   * The first file name extension of each format {@code wanted} picks, as words: ".html, .txt,
   * .md or .json", for hints that tell what to name a file.
   */
  static String extensionsOf(Predicate<Format> wanted) {
    List<String> extensions = Formats.standard().all().stream()
        .filter(wanted)
        .filter(format -> !format.fileExtensions().isEmpty())
        .map(format -> format.fileExtensions().get(0))
        .distinct()
        .toList();
    if (extensions.size() < 2) {
      return String.join("", extensions);
    }
    return String.join(", ", extensions.subList(0, extensions.size() - 1)) + " or " + extensions.get(extensions.size() - 1);
  }

  /** Whether {@code format} reads job postings. */
  static boolean readsPostings(Format format) {
    return format.roles().contains(FormatRole.READS_POSTINGS);
  }

  private static List<String> byFileName(String heading, Predicate<Format> wanted) {
    List<Format> formats = Formats.standard().all().stream()
        .filter(wanted)
        .filter(format -> !format.fileExtensions().isEmpty())
        .toList();
    int width = formats.stream().mapToInt(format -> format.id().length()).max().orElse(0) + 2;
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(heading),
            formats.stream().map(format -> "  " + pad(format.id(), width) + String.join(" ", format.fileExtensions())))
        .toList();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
