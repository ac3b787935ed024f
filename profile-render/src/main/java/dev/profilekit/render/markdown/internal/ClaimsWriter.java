package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.Profile;
import dev.profilekit.spi.ModelTrees;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Claims as bullets and their evidence as nested bullets. In a CV the nested bullets refer to
 * the evidence listed under its own heading; in an answers document they carry it whole.
 */
final class ClaimsWriter {
  private ClaimsWriter() {}

  static String write(Profile profile, List<Claim> claims, boolean wholeEvidence) {
    StringBuilder out = new StringBuilder();
    for (Claim claim : claims) {
      Map<String, Object> hidden = new LinkedHashMap<>(ModelTrees.write(dev.profilekit.model.Claim.class, claim));
      hidden.remove("evidence");
      String statement = (String) hidden.remove("statement");
      String shown = statement;
      if (!statement.isEmpty() && !MarkdownText.fitsItem(statement)) {
        hidden.put("statement", statement);
        shown = MarkdownText.preview(statement);
      }
      List<Optional<Evidence>> evidence = claim.evidence().stream().map(profile::evidence).toList();
      if (evidence.stream().anyMatch(Optional::isEmpty)) {
        hidden.put("evidence", claim.evidence());
      }
      out.append("- ").append(shown).append(shown.isEmpty() ? "" : " ").append(Marker.write("claim", hidden)).append('\n');
      for (Optional<Evidence> found : evidence) {
        found.ifPresent(item -> out.append("  - ").append(evidence(item, wholeEvidence)).append('\n'));
      }
    }
    return out.toString().stripTrailing();
  }

  private static String evidence(Evidence evidence, boolean whole) {
    String summary = evidence.summary();
    boolean fits = MarkdownText.fitsItem(summary);
    String shown = fits ? summary : MarkdownText.preview(summary);
    if (!whole) {
      return shown + " " + Marker.write("ref", Map.of("id", evidence.id()));
    }
    Map<String, Object> hidden = new LinkedHashMap<>(ModelTrees.write(dev.profilekit.model.Evidence.class, evidence));
    if (fits) {
      hidden.remove("summary");
    }
    return shown + " " + Marker.write("evidence", hidden);
  }
}
