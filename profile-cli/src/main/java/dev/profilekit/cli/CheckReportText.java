package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Severity;
import dev.profilekit.model.check.AnswerEvidence;
import dev.profilekit.model.check.CheckReport;
import dev.profilekit.model.check.Coverage;
import dev.profilekit.model.check.Suggestion;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a {@link CheckReport} for people: text, optionally coloured for a terminal. (The form
 * for tools is {@link CheckReport#toJson()}.)
 */
final class CheckReportText {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String GREEN = "\u001b[1;32m";

  private CheckReportText() {}

  /** The report as text; {@code colour} adds ANSI colours (for a terminal only). */
  static String text(CheckReport report, boolean colour) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic finding : report.findings()) {
      out.append(colour ? coloured(finding) : finding.format()).append('\n');
    }
    if (!report.findings().isEmpty()) {
      out.append('\n');
    }
    answerEvidence(report, colour, out);
    suggestions(report, colour, out);
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
    if (c.emptyClaims() > 0) {
      out.append(String.format(Locale.ROOT, "  empty claims            %d (not counted as answers)%n", c.emptyClaims()));
    }
    out.append(String.format(Locale.ROOT, "  placeholders            %d%n", c.placeholders()));
    out.append(String.format(Locale.ROOT, "  contradicted claims     %d%n", c.contradictions()));
    String parts = report.scoreParts().stream()
        .map(p -> p.name() + " " + number(p.earned()) + "/" + p.weight())
        .collect(Collectors.joining(" + "));
    String notApplicable = report.notApplicable().entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
    if (report.score().isPresent()) {
      int value = report.score().getAsInt();
      String score = "Score " + value + "/100";
      String colourOfScore = value >= 80 ? GREEN : value >= 50 ? YELLOW : RED;
      out.append(colour ? colourOfScore + score + RESET : score).append("  (").append(parts).append(")\n");
      if (!notApplicable.isEmpty()) {
        out.append("  not applicable: ").append(notApplicable).append('\n');
      }
    } else {
      out.append(colour ? YELLOW + "Score n/a" + RESET : "Score n/a")
          .append("  (nothing to score: ").append(String.join(", ", report.notApplicable().values().stream().distinct().toList()))
          .append("; ").append(parts).append(")\n");
    }
    out.append(count(report.errorCount(), "error")).append(", ").append(count(report.warningCount(), "warning")).append('\n');
    return out.toString();
  }

  private static void answerEvidence(CheckReport report, boolean colour, StringBuilder out) {
    if (report.answerEvidence().isEmpty()) {
      return;
    }
    out.append(heading("Evidence read from the answers", colour));
    for (AnswerEvidence e : report.answerEvidence()) {
      out.append("  ").append(e.position().map(at -> at.toString() + ": ").orElse(""))
          .append(e.kind().id()).append(e.weak() ? " (weak)" : "")
          .append(" for `").append(e.claimId()).append("`: \"").append(shorten(e.text())).append('"');
      if (!e.refs().isEmpty()) {
        out.append(" → ").append(String.join(", ", e.refs()));
      }
      out.append('\n');
    }
    out.append('\n');
  }

  private static void suggestions(CheckReport report, boolean colour, StringBuilder out) {
    if (report.suggestions().isEmpty()) {
      return;
    }
    out.append(heading("Suggestions", colour));
    for (Suggestion s : report.suggestions()) {
      out.append("  ").append(s.forKind().equals("claim") ? "evidence for claim `" : "answers for requirement `")
          .append(s.forId()).append("`:\n");
      for (Suggestion.Match m : s.matches()) {
        out.append("    ").append(m.kind()).append(m.id().map(id -> " `" + id + "`").orElse(""))
            .append(" \"").append(shorten(m.text())).append("\" (").append(m.path()).append(")")
            .append("  matched: ").append(String.join(", ", m.matchedWords())).append('\n');
      }
    }
    out.append('\n');
  }

  private static String shorten(String text) {
    return text.length() <= 72 ? text : text.substring(0, 69) + "...";
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
