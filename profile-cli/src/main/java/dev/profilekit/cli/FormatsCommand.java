package dev.profilekit.cli;

import dev.profilekit.model.format.Format;
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
      // "postings": `profile target import` reads job postings in this format.
      List<String> modes = new ArrayList<>();
      format.reader().ifPresent(r -> modes.add("read"));
      format.writer().ifPresent(w -> modes.add("write"));
      format.postingReader().ifPresent(p -> modes.add("postings"));
      rows.add(new String[] {format.id(), String.join(" ", format.aliases()), String.join("/", modes),
          String.join(" ", format.fileExtensions()), format.description()});
    }
    rows.add(new String[] {JsonLinesConversion.ID, "", "read/write", ".jsonl",
        "A stream of profiles, one JSON document per line (convert only; see --lines-as)"});
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
}
