package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Target;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.spi.ModelTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers document for one target: a {@code #} heading per requirement group, a {@code ##}
 * heading quoting each requirement, the claims answering it as bullets and the evidence behind
 * each claim as nested bullets.
 */
final class AnswersWriter {
  private AnswersWriter() {}

  static WriteResult write(Profile profile, WriteOptions options) {
    String id = options.target().orElseThrow();
    Target target =
        profile.target(id).orElseThrow(() -> new IllegalArgumentException(
            "unknown target '" + id + "' (known targets: "
                + (profile.targets().isEmpty() ? "none" : String.join(", ", profile.targets().stream().map(Target::id).toList()))
                + ")"));
    Map<String, Object> data = new LinkedHashMap<>(ModelTrees.write(dev.profilekit.model.Target.class, target));
    data.remove("title");
    data.remove("groups");
    Object description = data.remove("description");
    if (description instanceof String text && !MarkdownText.fitsBody(text)) {
      data.put("description", text);
      description = null;
    }
    Map<String, Object> namespace = new LinkedHashMap<>();
    namespace.put("document", "answers");
    namespace.put("target", data);
    Map<String, Object> frontMatter = new LinkedHashMap<>();
    frontMatter.put("title", target.title());
    frontMatter.put(DocumentReader.NAMESPACE, namespace);
    options.frontMatter().forEach((key, value) -> frontMatter.put(key, FrontMatterValues.scalar(value)));

    List<String> blocks = new ArrayList<>();
    blocks.add(FrontMatterSyntax.YAML.block(frontMatter));
    if (description != null) {
      blocks.add((String) description);
    }
    for (RequirementGroup group : target.groups()) {
      Map<String, Object> hidden = new LinkedHashMap<>(ModelTrees.write(dev.profilekit.model.RequirementGroup.class, group));
      hidden.remove("requirements");
      Object title = hidden.remove("title");
      String heading = heading(title, hidden, "title", "Requirements");
      blocks.add("# " + heading + "\n" + Marker.write("group", hidden));
      for (Requirement requirement : group.requirements()) {
        Map<String, Object> marked = new LinkedHashMap<>(ModelTrees.write(dev.profilekit.model.Requirement.class, requirement));
        marked.remove("claims");
        String text = heading(marked.remove("text"), marked, "text", "Requirement");
        List<Optional<Claim>> claims = requirement.claims().stream().map(profile::claim).toList();
        if (claims.stream().anyMatch(Optional::isEmpty)) {
          marked.put("claims", requirement.claims());
        }
        blocks.add("## " + text + "\n" + Marker.write("requirement", marked));
        List<Claim> answering = claims.stream().flatMap(Optional::stream).toList();
        if (!answering.isEmpty()) {
          blocks.add(ClaimsWriter.write(profile, answering, true));
        }
      }
    }
    return WriteResult.lossless(String.join("\n\n", blocks) + "\n");
  }

  private static String heading(Object value, Map<String, Object> hidden, String key, String noun) {
    if (value instanceof String text) {
      if (MarkdownText.fitsHeading(text)) {
        return text;
      }
      hidden.put(key, text);
      return MarkdownText.preview(text);
    }
    hidden.put(EntryReader.UNTITLED, true);
    return noun;
  }
}
