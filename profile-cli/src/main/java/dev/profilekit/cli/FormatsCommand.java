package dev.profilekit.cli;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import java.io.PrintWriter;
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
    out.printf("%-12s %-11s %-24s %s%n", "FORMAT", "READ/WRITE", "FILE NAMES", "DESCRIPTION");
    for (Format format : Formats.standard().all()) {
      String modes = (format.reader().isPresent() ? "read" : "") + (format.reader().isPresent() && format.writer().isPresent() ? "/" : "")
          + (format.writer().isPresent() ? "write" : "");
      out.printf("%-12s %-11s %-24s %s%n", format.id(), modes, String.join(" ", format.fileExtensions()), format.description());
    }
    out.printf("%-12s %-11s %-24s %s%n", JsonLinesConversion.ID, "read/write", ".jsonl",
        "A stream of profiles, one JSON document per line (convert only; see --lines-as)");
    out.flush();
    return ExitCode.OK;
  }
}
