package dev.profilekit.cli;

import dev.profilekit.model.Overlays;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.OverlayFiles;
import dev.profilekit.model.format.ReadResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile translate --mark}: the marks that let {@code check --lang} tell a stale translation. */
@Command(
    header = "Print the marks that say a translation is up to date with the base.",
    name = "translate",
    mixinStandardHelpOptions = true,
    description = {
      "With --mark TAG, print the translation's translatedFrom block: for each field the"
          + " translation replaces (person.label, work[tidewater].position…), a short hash of the"
          + " base text as it is now. Paste it into the translation once you have checked that"
          + " the translation says what the base says; when the base text changes later,"
          + " `profile check --lang TAG` and `convert --lang TAG` report the field as stale"
          + " (docs/overlays.md, Staleness). The profile itself is not changed.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  profile translate --mark de me.yaml",
      "",
      ExitCode.TRANSLATE_TABLE
    })
final class TranslateCommand implements Callable<Integer> {
  @ParentCommand private ProfileCommand root;

  @Mixin private ProfileInput input;

  @Parameters(index = "0", paramLabel = "FILE", description = "The profile ('-' for standard input).")
  private String file;

  @Option(names = "--mark", required = true, paramLabel = "TAG", description = "The translation to mark, by its language tag.")
  private String tag;

  @Override
  public Integer call() {
    Streams streams = root.streams();
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.colour());
    ReadResult read = input.read(file, streams, Map.of(), OverlayFiles.forChoice(Optional.of(tag), Optional.empty()));
    printer.print(read.diagnostics());
    if (read.profile().isEmpty() || read.hasErrors()) {
      return read.profile().isEmpty() ? ProfileInput.exitCodeOf(read) : ExitCode.INVALID;
    }
    Profile profile = read.profile().get();
    Optional<Map<String, String>> marks = Overlays.marks(profile, tag);
    if (marks.isEmpty()) {
      throw new UsageProblem(profile.translations().containsKey(tag)
          ? "the translation `" + tag + "` is in a file that was not read: give the profile's file, not standard input"
          : "the profile has no translation `" + tag + "`"
              + (profile.translations().isEmpty() ? "" : " (it has: " + String.join(", ", profile.translations().keySet()) + ")"));
    }
    boolean ownFile = profile.sourceMap().positionOf("$.translations." + tag)
        .map(at -> !at.file().equals(profile.sourceMap().positionOf("$").map(base -> base.file()).orElse(at.file())))
        .orElse(false);
    String indent = ownFile ? "" : "    ";
    StringBuilder out = new StringBuilder();
    out.append(ownFile
        ? "# Replace the translatedFrom block of " + profile.sourceMap().positionOf("$.translations." + tag).get().file() + " with:\n"
        : "# Replace the translatedFrom block under translations." + tag + ": with (or add it there):\n");
    out.append(indent).append("translatedFrom:\n");
    marks.get().forEach((path, hash) -> out.append(indent).append("  ").append(path).append(": \"").append(hash).append("\"\n"));
    OutputFile.write("-", out.toString(), streams, List.of());
    return ExitCode.OK;
  }
}
