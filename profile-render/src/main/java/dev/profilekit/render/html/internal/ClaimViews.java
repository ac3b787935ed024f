package dev.profilekit.render.html.internal;

import static dev.profilekit.render.html.internal.ViewContext.text;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.Metric;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Claims with their evidence, and a target's answers (requirement → claims → evidence). Built
 * after the résumé entries so evidence can link to the entries it comes from.
 */
final class ClaimViews {
  private final ViewContext context;
  private final Map<String, ViewMap> claims = new LinkedHashMap<>();
  private final Map<String, ViewMap> evidence = new LinkedHashMap<>();

  ClaimViews(ViewContext context) {
    this.context = context;
    List<Evidence> allEvidence = context.profile.evidence();
    for (int i = 0; i < allEvidence.size(); i++) {
      Evidence item = allEvidence.get(i);
      evidence.putIfAbsent(item.id(), evidence(item, "$.evidence[" + i + "]"));
    }
    List<Claim> allClaims = context.profile.claims();
    for (int i = 0; i < allClaims.size(); i++) {
      Claim claim = allClaims.get(i);
      claims.putIfAbsent(claim.id(), claim(claim, "$.claims[" + i + "]"));
    }
  }

  List<ViewMap> claims() {
    return List.copyOf(claims.values());
  }

  /** Evidence no claim cites: still part of the profile, so still shown. */
  List<ViewMap> unclaimedEvidence() {
    Set<String> cited = new HashSet<>();
    context.profile.claims().forEach(claim -> cited.addAll(claim.evidence()));
    return evidence.entrySet().stream()
        .filter(entry -> !cited.contains(entry.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  private ViewMap claim(Claim claim, String path) {
    context.extensions(claim, path);
    List<ViewMap> backing = new ArrayList<>();
    for (String id : claim.evidence()) {
      Optional.ofNullable(evidence.get(id)).ifPresent(backing::add);
    }
    return new ViewMap()
        .with("anchor", context.anchors.next(claim.id()))
        .with("id", claim.id())
        .with("statementHtml", context.inline(claim.statement(), path + ".statement"))
        .with("tags", claim.tags())
        .with("draft", claim.draft())
        .with("evidence", backing)
        .with("unsupported", backing.isEmpty());
  }

  private ViewMap evidence(Evidence item, String path) {
    context.extensions(item, path);
    item.metric().ifPresent(metric -> context.extensions(metric, path + ".metric"));
    List<Map<String, Object>> refs = new ArrayList<>();
    for (String ref : item.refs()) {
      context.entryLink(ref).ifPresent(refs::add);
    }
    String kind = item.kind().id();
    return new ViewMap()
        .with("id", item.id())
        .with("kind", kind)
        .with("kindLabel", context.labels.get("kind" + kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1)))
        .with("summaryHtml", context.inline(item.summary(), path + ".summary"))
        .with("url", context.link(item.url(), path + ".url"))
        .with("urlText", item.url().map(PageModel::displayUrl).orElse(""))
        .with("date", item.date().map(context.dates::date).orElse(null))
        .with("metric", item.metric().map(ClaimViews::metric).orElse(null))
        .with("source", text(item.source()))
        .with("refs", refs)
        .with("tags", item.tags());
  }

  private static ViewMap metric(Metric metric) {
    String before = metric.before().map(value -> withUnit(value, metric.unit())).orElse("");
    String after = withUnit(metric.after(), metric.unit());
    return new ViewMap()
        .with("name", metric.name())
        .with("before", before)
        .with("after", after)
        .with("unit", text(metric.unit()))
        .with("text", metric.name() + ": " + (before.isEmpty() ? after : before + " → " + after));
  }

  /** "40 s", but "70%": symbols that sit on the number take no space. */
  static String withUnit(String value, Optional<String> unit) {
    if (unit.isEmpty() || unit.get().isBlank()) {
      return value;
    }
    String u = unit.get().strip();
    boolean attached = u.equals("%") || u.equals("‰") || u.equals("×") || u.equals("x") || u.equals("°");
    return attached ? value + u : value + " " + u;
  }

  /** The answers to one target, or null when none was asked for. */
  ViewMap answers(Target target, int index) {
    String path = "$.targets[" + index + "]";
    context.extensions(target, path);
    List<ViewMap> groups = new ArrayList<>();
    for (int g = 0; g < target.groups().size(); g++) {
      RequirementGroup group = target.groups().get(g);
      String groupPath = path + ".groups[" + g + "]";
      context.extensions(group, groupPath);
      List<ViewMap> requirements = new ArrayList<>();
      for (int r = 0; r < group.requirements().size(); r++) {
        Requirement requirement = group.requirements().get(r);
        context.extensions(requirement, groupPath + ".requirements[" + r + "]");
        List<ViewMap> answering = new ArrayList<>();
        for (String claimId : requirement.claims()) {
          Optional.ofNullable(claims.get(claimId)).ifPresent(answering::add);
        }
        requirements.add(
            new ViewMap()
                .with("text", requirement.text())
                .with("claims", answering)
                .with("unanswered", answering.isEmpty()));
      }
      boolean preferred = group.priority() == Priority.PREFERRED;
      groups.add(
          new ViewMap()
              .with("title", group.title().orElse(context.labels.get(preferred ? "preferredGroup" : "requiredGroup")))
              .with("priority", group.priority().id())
              .with("priorityLabel", context.labels.get(group.priority().id()))
              .with("preferred", preferred)
              .with("requirements", requirements));
    }
    return new ViewMap()
        .with("anchor", "answers")
        .with("heading", context.labels.format("answers", "title", target.title()))
        .with("title", target.title())
        .with("organization", text(target.organization()))
        .with("url", context.link(target.url(), path + ".url"))
        .with("date", target.date().map(context.dates::date).orElse(null))
        .with("descriptionHtml", context.block(target.description(), 2, path + ".description"))
        .with("responsibilities", target.responsibilities())
        .with("groups", groups);
  }
}
