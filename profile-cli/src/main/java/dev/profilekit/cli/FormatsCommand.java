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

/** {@code profile formats}: what can be read and written, and the file names that say so. */
@Command(header = "List the formats profile reads and writes.", name = "formats", mixinStandardHelpOptions = true, description = "List the formats profile reads and writes.")
final class FormatsCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-12s %-19s %-24s %s%n", "FORMAT", "READ/WRITE/POSTINGS", "FILE NAMES", "DESCRIPTION");
    for (Format format : Formats.standard().all()) {
      // "postings": `profile target import` reads job postings in this format.
      List<String> modes = new ArrayList<>();
      format.reader().ifPresent(r -> modes.add("read"));
      format.writer().ifPresent(w -> modes.add("write"));
      format.postingReader().ifPresent(p -> modes.add("postings"));
      out.printf("%-12s %-19s %-24s %s%n", format.id(), String.join("/", modes), String.join(" ", format.fileExtensions()), format.description());
    }
    out.printf("%-12s %-19s %-24s %s%n", JsonLinesConversion.ID, "read/write", ".jsonl",
        "A stream of profiles, one JSON document per line (convert only; see --lines-as)");
    out.flush();
    return ExitCode.OK;
  }
}
