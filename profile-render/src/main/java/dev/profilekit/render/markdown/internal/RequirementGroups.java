package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.SourcePosition;
import dev.profilekit.spi.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A posting's requirement group as a page writes it: the group's heading, a sub-heading quoting
 * each requirement, and under it the bullets of the claims that answer it.
 */
final class RequirementGroups {
  private RequirementGroups() {}

  /** A heading of requirements: each sub-heading a requirement, its bullets the claims. */
  static Node read(
      SourceText source, int bodyStart, Outline.Part part, HeadingMeanings meanings, EntryReader entries,
      ClaimCollector claims) {
    SourcePosition at = source.position(part.headingStart);
    Trees.MapBuilder group = new Trees.MapBuilder(at);
    group.put("title", Trees.scalar(source.position(part.titleStart), part.title));
    if (part.marker.isEmpty() && meanings.isPreferred(part)) {
      group.put("priority", Trees.scalar(at, "preferred"));
    }
    part.marker.ifPresent(marker -> entries.hidden(marker, part.markerStart, group, "title"));
    List<Node> requirements = new ArrayList<>();
    for (Outline.Part child : part.children) {
      SourcePosition childAt = source.position(child.headingStart);
      Trees.MapBuilder requirement = new Trees.MapBuilder(childAt);
      requirement.put("text", Trees.scalar(source.position(child.titleStart), child.title));
      List<String> answeredBy = claims.add(ClaimItems.answers(source, bodyStart, child.blocks()));
      if (!answeredBy.isEmpty()) {
        requirement.put("claims", Trees.list(childAt, answeredBy.stream().map(id -> (Node) Trees.scalar(childAt, id)).toList()));
      }
      child.marker.ifPresent(marker -> entries.hidden(marker, child.markerStart, requirement, "text"));
      if (!requirement.has("id")) {
        requirement.put("id", Trees.scalar(childAt, claims.requirementId(child.title)));
      }
      requirements.add(requirement.build());
    }
    if (!requirements.isEmpty()) {
      group.put("requirements", Trees.list(requirements.get(0).position(), requirements));
    }
    return group.build();
  }
}
