package dev.profilekit.model.check;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Severity;
import dev.profilekit.model.internal.tree.DiagnosticTree;
import dev.profilekit.model.internal.tree.TreeWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a {@link CheckReport} for people (text, optionally coloured for a terminal) or for tools
 * (JSON whose shape is documented in {@code docs/check.md} and only ever grows).
 */
public final class CheckReportWriter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String GREEN = "\u001b[1;32m";

  private CheckReportWriter() {}

  /** The report as text; {@code colour} adds ANSI colours (for a terminal only). */
  public static String text(CheckReport report, boolean colour) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic finding : report.findings()) {
      out.append(colour ? coloured(finding) : finding.format()).append('\n');
    }
    if (!report.findings().isEmpty()) {
      out.append('\n');
    }
    Coverage c = report.coverage();
    out.append(heading("Coverage", colour));
    out.append(report.targets().isEmpty()
        ? "  targets                 none\n"
        : "  target" + (report.targets().size() > 1 ? "s " : "  ") + "                " + String.join(", ", report.targets()) + "\n");
    if (!report.targets().isEmpty()) {
      out.append(String.format(Locale.ROOT, "  required requirements   %d/%d answered%n", c.requiredAnswered(), c.requiredTotal()));
      out.append(String.format(Locale.ROOT, "  preferred requirements  %d/%d answered%n", c.preferredAnswered(), c.preferredTotal()));
    }
    out.append(String.format(Locale.ROOT, "  claims with evidence    %d/%d (%d with only weak evidence)%n",
        c.claimsWithEvidence(), c.claimsTotal(), c.claimsWithOnlyWeakEvidence()));
    out.append(String.format(Locale.ROOT, "  placeholders            %d%n", c.placeholders()));
    out.append(String.format(Locale.ROOT, "  contradicted claims     %d%n", c.contradictions()));
    String score = "Score " + report.score() + "/100";
    String colourOfScore = report.score() >= 80 ? GREEN : report.score() >= 50 ? YELLOW : RED;
    out.append(colour ? colourOfScore + score + RESET : score)
        .append("  (")
        .append(report.scoreParts().stream()
            .map(p -> p.name() + " " + number(p.earned()) + "/" + p.weight())
            .collect(Collectors.joining(" + ")))
        .append(")\n");
    out.append(count(report.errorCount(), "error")).append(", ").append(count(report.warningCount(), "warning")).append('\n');
    return out.toString();
  }

  /** The report as JSON. */
  public static String json(CheckReport report) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("score", report.score());
    tree.put("errors", report.errorCount());
    tree.put("warnings", report.warningCount());
    tree.put("targets", report.targets());
    Coverage c = report.coverage();
    Map<String, Object> coverage = new LinkedHashMap<>();
    coverage.put("required", answered(c.requiredAnswered(), c.requiredTotal()));
    coverage.put("preferred", answered(c.preferredAnswered(), c.preferredTotal()));
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("withEvidence", c.claimsWithEvidence());
    claims.put("withOnlyWeakEvidence", c.claimsWithOnlyWeakEvidence());
    claims.put("total", c.claimsTotal());
    coverage.put("claims", claims);
    coverage.put("placeholders", c.placeholders());
    coverage.put("contradictions", c.contradictions());
    tree.put("coverage", coverage);
    tree.put("scoreParts", report.scoreParts().stream().map(p -> {
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("name", p.name());
      part.put("weight", p.weight());
      part.put("earned", new BigDecimal(number(p.earned())));
      return part;
    }).toList());
    tree.put("findings", report.findings().stream().map(DiagnosticTree::of).toList());
    return TreeWriter.json(tree);
  }

  private static Map<String, Object> answered(int answered, int total) {
    Map<String, Object> count = new LinkedHashMap<>();
    count.put("answered", answered);
    count.put("total", total);
    return count;
  }

  private static String coloured(Diagnostic d) {
    String plain = d.format();
    String word = d.severity().id() + ": ";
    String colour = d.severity() == Severity.ERROR ? RED : YELLOW;
    int at = plain.indexOf(word);
    return at < 0 ? plain : plain.substring(0, at) + colour + d.severity().id() + RESET + ": " + plain.substring(at + word.length());
  }

  private static String heading(String text, boolean colour) {
    return (colour ? BOLD + text + RESET : text) + '\n';
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
