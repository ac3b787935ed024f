package dev.profilekit.model.internal.overlay;

import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.codec.Suggestions;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays one overlay tree over a base tree: fields replace by path, entries of the lists below
 * merge by id. Reports, at the overlay's own positions, what cannot be laid over (an id the base
 * does not have, an entry without id, a removal in a translation). Records which paths of the
 * result the overlay wrote, so that a translation can tell what it left untranslated.
 */
final class OverlayMerge {
  /** Lists whose entries carry ids (the {@code Identified} entries, sections, claims…). */
  static final Set<String> LISTS_BY_ID =
      Set.of("sections", "work", "volunteer", "education", "awards", "certificates", "publications", "skills",
          "projects", "claims", "evidence", "targets");

  static final String REMOVE = "remove";
  static final String ADD = "add";

  private final OverlayKind kind;
  private final String name;
  private final ReadContext context;
  private final boolean toleratesMissingIds;
  private final Set<String> written = new LinkedHashSet<>();

  /**
   * @param toleratesMissingIds true when a variant was laid first and may have removed entries
   *     the translation names (the translation was checked against the whole base on reading)
   */
  OverlayMerge(OverlayKind kind, String name, ReadContext context, boolean toleratesMissingIds) {
    this.kind = kind;
    this.name = name;
    this.context = context;
    this.toleratesMissingIds = toleratesMissingIds;
  }

  /** The paths of the result whose values came from the overlay. */
  Set<String> written() {
    return written;
  }

  Node merge(Node base, Node overlay, String resultPath, String overlayPath) {
    if (base instanceof Node.MapNode baseMap && overlay instanceof Node.MapNode overlayMap) {
      return mergeMaps(baseMap, overlayMap, resultPath, overlayPath);
    }
    written.add(resultPath);
    return overlay;
  }

  private Node mergeMaps(Node.MapNode base, Node.MapNode overlay, String resultPath, String overlayPath) {
    LinkedHashMap<String, Node.Member> members = new LinkedHashMap<>(base.members());
    for (Node.Member change : overlay.members().values()) {
      String key = change.key();
      String path = Paths.key(resultPath, key);
      String changePath = Paths.key(overlayPath, key);
      Node value = change.value();
      Node.Member current = members.get(key);
      if (value instanceof Node.ScalarNode scalar && scalar.value() == null) {
        if (kind == OverlayKind.TRANSLATION) {
          error("translation-removes", "a translation replaces text and cannot remove `" + key + "`", changePath,
              change.keyPosition(), "give the translated text, or remove the field in a variant");
        } else {
          members.remove(key);
          written.add(path);
        }
        continue;
      }
      Node merged;
      if (LISTS_BY_ID.contains(key) && value instanceof Node.ListNode list) {
        Node baseList = current == null ? null : current.value();
        merged = mergeById(baseList instanceof Node.ListNode l ? l : null, list, key, path, changePath);
      } else {
        merged = current == null ? markWritten(value, path) : merge(current.value(), value, path, changePath);
      }
      members.put(key, new Node.Member(key, current == null ? change.keyPosition() : current.keyPosition(), merged));
    }
    return Node.MapNode.adopting(base.position(), members);
  }

  private Node markWritten(Node value, String path) {
    written.add(path);
    return value;
  }

  private Node mergeById(Node.ListNode base, Node.ListNode overlay, String key, String resultPath, String overlayPath) {
    List<Node> items = new ArrayList<>(base == null ? List.of() : base.items());
    Map<String, Integer> indexById = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String id = idOf(items.get(i));
      if (id != null) {
        indexById.putIfAbsent(id, i);
      }
    }
    List<Integer> removed = new ArrayList<>();
    List<Node> added = new ArrayList<>();
    List<Node.MapNode> addedChanges = new ArrayList<>();
    for (int i = 0; i < overlay.items().size(); i++) {
      Node item = overlay.items().get(i);
      String itemPath = Paths.index(overlayPath, i);
      String id = idOf(item);
      if (id == null) {
        error("overlay-entry-without-id", "an entry of `" + key + "` in " + describe() + " has no `id`", itemPath,
            item.position(), "write the `id` of the entry it changes: " + idList(indexById.keySet()));
        continue;
      }
      Node.MapNode change = (Node.MapNode) item;
      Boolean remove = flag(change, REMOVE, itemPath);
      Boolean add = flag(change, ADD, itemPath);
      if (remove == null || add == null) {
        continue;
      }
      if ((remove || add) && kind == OverlayKind.TRANSLATION) {
        error("translation-removes", "a translation replaces text and cannot " + (remove ? "remove" : "add")
            + " entries", itemPath, item.position(), "remove or add entries in a variant");
        continue;
      }
      Integer index = indexById.get(id);
      if (add) {
        if (index != null) {
          error("overlay-duplicate-id", "`" + key + "` already has an entry with id `" + id + "`", itemPath,
              item.position(), "drop `add: true` to change that entry, or choose a new id");
          continue;
        }
        added.add(without(change, ADD));
        addedChanges.add(change);
        continue;
      }
      if (index == null) {
        if (!toleratesMissingIds) {
          error("overlay-unknown-id", "no entry of `" + key + "` has the id `" + id + "`", Paths.key(itemPath, "id"),
              change.members().get("id").value().position(),
              Suggestions.closest(id, indexById.keySet()).map(s -> "did you mean `" + s + "`?")
                  .orElse(idList(indexById.keySet())
                      + (kind == OverlayKind.VARIANT ? "; write `add: true` to add a new entry" : "")));
        }
        continue;
      }
      String entryPath = Paths.index(resultPath, index);
      if (remove) {
        removed.add(index);
        written.add(entryPath);
      } else {
        items.set(index, merge(items.get(index), without(without(change, ADD), REMOVE), entryPath, itemPath));
      }
    }
    // Removing shifts the indices after it: the paths written so far name the list before removal.
    List<Node> kept = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!removed.contains(i)) {
        kept.add(items.get(i));
      }
    }
    for (Node entry : added) {
      written.add(Paths.index(resultPath, kept.size()));
      kept.add(entry);
    }
    if (!removed.isEmpty()) {
      renumber(resultPath, removed);
    }
    return new Node.ListNode(base == null ? overlay.position() : base.position(), kept);
  }

  /** Rewrites the written paths under {@code listPath} for the entries removed before them. */
  private void renumber(String listPath, List<Integer> removed) {
    Set<String> renumbered = new LinkedHashSet<>();
    String prefix = listPath + "[";
    for (String path : written) {
      if (!path.startsWith(prefix)) {
        renumbered.add(path);
        continue;
      }
      int close = path.indexOf(']', prefix.length());
      int index = Integer.parseInt(path.substring(prefix.length(), close));
      if (removed.contains(index)) {
        continue;
      }
      long before = removed.stream().filter(r -> r < index).count();
      renumbered.add(prefix + (index - before) + path.substring(close));
    }
    written.clear();
    written.addAll(renumbered);
  }

  /** {@code true}/{@code false} for a flag, false when absent, null (after an error) when not a boolean. */
  private Boolean flag(Node.MapNode change, String key, String itemPath) {
    Node.Member member = change.members().get(key);
    if (member == null) {
      return false;
    }
    if (member.value() instanceof Node.ScalarNode scalar && scalar.value() instanceof Boolean value) {
      return value;
    }
    error("wrong-type", "`" + key + "` must be true or false, found " + member.value().describe(),
        Paths.key(itemPath, key), member.value().position(), "write `" + key + ": true`");
    return null;
  }

  static Node.MapNode without(Node.MapNode map, String key) {
    LinkedHashMap<String, Node.Member> members = new LinkedHashMap<>(map.members());
    members.remove(key);
    return Node.MapNode.adopting(map.position(), members);
  }

  static String idOf(Node node) {
    if (node instanceof Node.MapNode map) {
      Node.Member id = map.members().get("id");
      if (id != null && id.value() instanceof Node.ScalarNode scalar && scalar.value() instanceof String text) {
        return text;
      }
    }
    return null;
  }

  private static String idList(Set<String> ids) {
    return ids.isEmpty() ? "the base list has no entries with ids" : "ids in the base: " + String.join(", ", ids);
  }

  private String describe() {
    return kind.word() + " `" + name + "`";
  }

  private void error(String code, String message, String path, SourcePosition at, String hint) {
    context.error(code, describe() + ": " + message, path, at, hint);
  }
}
