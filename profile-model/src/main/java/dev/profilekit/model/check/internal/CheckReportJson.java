package dev.profilekit.model.check.internal;

import dev.profilekit.model.check.AnswerEvidence;
import dev.profilekit.model.check.CheckReport;
import dev.profilekit.model.check.Coverage;
import dev.profilekit.model.check.Suggestion;
import dev.profilekit.model.internal.tree.DiagnosticTree;
import dev.profilekit.model.internal.tree.TreeWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link CheckReport#toJson()}: the report for tools, in the shape {@code docs/check.md}
 * documents and that only ever grows.
 */
public final class CheckReportJson {
  private CheckReportJson() {}

  /**
   * The report as JSON, in the shape {@code docs/check.md} documents.
   *
   * @param report the report
   * @return pretty-printed JSON ending in a line feed
   */
  public static String json(CheckReport report) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("score", report.score().isPresent() ? report.score().getAsInt() : null);
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
    claims.put("empty", c.emptyClaims());
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
    tree.put("notApplicable", report.notApplicable().entrySet().stream().map(e -> {
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("name", e.getKey());
      part.put("reason", e.getValue());
      return part;
    }).toList());
    tree.put("findings", report.findings().stream().map(DiagnosticTree::of).toList());
    tree.put("answerEvidence", report.answerEvidence().stream().map(CheckReportJson::tree).toList());
    tree.put("suggestions", report.suggestions().stream().map(CheckReportJson::tree).toList());
    return TreeWriter.json(tree);
  }

  private static Map<String, Object> tree(AnswerEvidence evidence) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("claim", evidence.claimId());
    tree.put("kind", evidence.kind().id());
    tree.put("text", evidence.text());
    tree.put("refs", evidence.refs());
    tree.put("weak", evidence.weak());
    tree.put("path", evidence.path());
    evidence.position().ifPresent(at -> {
      tree.put("file", at.file());
      tree.put("line", at.line());
      tree.put("column", at.column());
    });
    return tree;
  }

  private static Map<String, Object> tree(Suggestion suggestion) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("for", suggestion.forKind());
    tree.put("id", suggestion.forId());
    tree.put("path", suggestion.forPath());
    tree.put("matches", suggestion.matches().stream().map(match -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", match.kind());
      match.id().ifPresent(id -> m.put("id", id));
      m.put("path", match.path());
      m.put("text", match.text());
      m.put("score", new BigDecimal(number(match.score())));
      m.put("matchedWords", match.matchedWords());
      return m;
    }).toList());
    return tree;
  }

  private static Map<String, Object> answered(int answered, int total) {
    Map<String, Object> count = new LinkedHashMap<>();
    count.put("answered", answered);
    count.put("total", total);
    return count;
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
