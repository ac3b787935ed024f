package dev.profilekit.cli;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatRole;
import dev.profilekit.model.format.Formats;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code profile formats}: what can be read and written, the other names and the file names that say so. */
@Command(header = "List the formats profile reads and writes.", name = "formats", mixinStandardHelpOptions = true,
    description = "List the formats profile reads and writes: the name --from/--to take, other names they accept, and the file name endings that choose each.")
final class FormatsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"FORMAT", "ALSO", "READ/WRITE/POSTINGS", "FILE NAMES", "DESCRIPTION"});
    for (Format format : Formats.standard().all()) {
      rows.add(new String[] {format.id(), String.join(" ", format.aliases()), String.join("/", modes(format)),
          String.join(" ", format.fileExtensions()), format.description()});
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < widths.length; column++) {
        line.append(row[column]).append(" ".repeat(widths[column] - row[column].length() + 2));
      }
      out.println(line.append(row[4]));
    }
    out.flush();
    return ExitCode.OK;
  }

  /** "read", "write" and "postings" (`profile target import` reads job postings in it); a container is read and written. */
  private static List<String> modes(Format format) {
    List<String> modes = new ArrayList<>();
    if (format.roles().contains(FormatRole.READS_PROFILES) || format.roles().contains(FormatRole.CONTAINER)) {
      modes.add("read");
    }
    if (format.roles().contains(FormatRole.WRITES_PROFILES) || format.roles().contains(FormatRole.CONTAINER)) {
      modes.add("write");
    }
    if (format.roles().contains(FormatRole.READS_POSTINGS)) {
      modes.add("postings");
    }
    return modes;
  }
}
