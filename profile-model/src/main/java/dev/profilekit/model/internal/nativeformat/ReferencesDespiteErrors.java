package dev.profilekit.model.internal.nativeformat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.codec.Suggestions;
import dev.profilekit.spi.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * References that do not resolve, found in the source tree when a structural error (a claim
 * without an id, an unknown key) stopped the read before validation, so one run shows every
 * problem. The same checks as the validator's, on the raw tree: evidence a claim names, claims a
 * requirement names, entries evidence refers to (any id in the file counts, so an entry that
 * failed to read is not reported as missing).
 */
final class ReferencesDespiteErrors {
  private ReferencesDespiteErrors() {}

  static List<Diagnostic> find(Node root) {
    List<Diagnostic> found = new ArrayList<>();
    if (!(root instanceof Node.MapNode profile)) {
      return found;
    }
    Set<String> claimIds = idsOf(member(profile, "claims"));
    Set<String> evidenceIds = idsOf(member(profile, "evidence"));
    Set<String> allIds = allIds(root);
    eachItem(member(profile, "claims"), "$.claims", (claim, path) ->
        check(claim, "evidence", path, evidenceIds, "evidence", found));
    eachItem(member(profile, "evidence"), "$.evidence", (evidence, path) ->
        check(evidence, "refs", path, allIds, "entry (work, project, publication…)", found));
    eachItem(member(profile, "targets"), "$.targets", (target, path) ->
        eachItem(member(target, "groups"), Paths.key(path, "groups"), (group, groupPath) ->
            eachItem(member(group, "requirements"), Paths.key(groupPath, "requirements"), (requirement, requirementPath) ->
                check(requirement, "claims", requirementPath, claimIds, "claim", found))));
    return found;
  }

  private static void check(Node owner, String key, String ownerPath, Set<String> known, String what, List<Diagnostic> found) {
    if (!(member(owner, key) instanceof Node.ListNode list)) {
      return;
    }
    String path = Paths.key(ownerPath, key);
    for (int i = 0; i < list.items().size(); i++) {
      if (list.items().get(i) instanceof Node.ScalarNode scalar && scalar.value() instanceof String id && !known.contains(id)) {
        String hint = Suggestions.closest(id, known).map(s -> "did you mean `" + s + "`?")
            .orElse(known.isEmpty() ? "there is no " + what + " with an id yet" : "no " + what + " has this id");
        found.add(Diagnostic.error("dangling-reference", "`" + id + "` refers to no " + what)
            .withPath(Paths.index(path, i))
            .withPosition(scalar.position())
            .withHint(hint));
      }
    }
  }

  private interface ItemVisitor {
    void visit(Node item, String path);
  }

  private static void eachItem(Node list, String path, ItemVisitor visitor) {
    if (list instanceof Node.ListNode items) {
      for (int i = 0; i < items.items().size(); i++) {
        visitor.visit(items.items().get(i), Paths.index(path, i));
      }
    }
  }

  private static Node member(Node node, String key) {
    if (node instanceof Node.MapNode map) {
      Node.Member member = map.members().get(key);
      return member == null ? null : member.value();
    }
    return null;
  }

  private static Set<String> idsOf(Node list) {
    Set<String> ids = new HashSet<>();
    eachItem(list, "", (item, path) -> {
      if (member(item, "id") instanceof Node.ScalarNode id && id.value() != null) {
        ids.add(String.valueOf(id.value()));
      }
    });
    return ids;
  }

  private static Set<String> allIds(Node root) {
    Set<String> ids = new HashSet<>();
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof Node.MapNode map) {
        for (Map.Entry<String, Node.Member> member : map.members().entrySet()) {
          if (member.getKey().equals("id") && member.getValue().value() instanceof Node.ScalarNode id && id.value() != null) {
            ids.add(String.valueOf(id.value()));
          }
          pending.push(member.getValue().value());
        }
      } else if (node instanceof Node.ListNode list) {
        list.items().forEach(pending::push);
      }
    }
    return ids;
  }
}
