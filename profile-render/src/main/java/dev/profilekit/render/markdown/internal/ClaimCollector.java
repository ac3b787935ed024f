package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.SourcePosition;
import dev.profilekit.spi.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bullets into claims and nested bullets into evidence, in the order the page has them.
 * Marked items carry their ids and hidden fields; unmarked ones get ids made from their text
 * (the same text, the same claim). Text is kept exactly, placeholders included.
 */
final class ClaimCollector {
  private static final Pattern LINK_ONLY = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)|<?(https?://[^\\s>]+)>?");

  private final SourceText source;
  private final EntryReader hidden;
  private final Map<String, Node.MapNode> claims = new LinkedHashMap<>();
  private final Map<String, Node.MapNode> evidence = new LinkedHashMap<>();
  private final Map<String, String> claimIdsByText = new LinkedHashMap<>();
  private final Map<String, String> evidenceIdsByText = new LinkedHashMap<>();
  private final Slugs slugs = new Slugs();
  private final Slugs requirementIds = new Slugs();

  ClaimCollector(SourceText source, EntryReader hidden) {
    this.source = source;
    this.hidden = hidden;
  }

  /** Reads the items as claims; returns their ids in order. */
  List<String> add(List<ClaimItems.Item> items) {
    List<String> ids = new ArrayList<>();
    for (ClaimItems.Item item : items) {
      ids.add(claim(item));
    }
    return ids;
  }

  /** An id for a requirement without one, made from its text. */
  String requirementId(String text) {
    return requirementIds.unique("req-", text);
  }

  List<Node> claims() {
    return new ArrayList<>(claims.values());
  }

  List<Node> evidence() {
    return new ArrayList<>(evidence.values());
  }

  private String claim(ClaimItems.Item item) {
    SourcePosition at = source.position(item.offset());
    Trees.MapBuilder claim = new Trees.MapBuilder(at);
    claim.put("statement", Trees.scalar(at, item.text()));
    item.marker().ifPresent(marker -> hidden.hidden(marker, item.offset(), claim, "statement"));
    String id = idOf(claim, "claim-", item.text(), claimIdsByText);
    List<Node> evidenceIds = new ArrayList<>();
    for (ClaimItems.Item nested : item.nested()) {
      evidenceIds.add(Trees.scalar(source.position(nested.offset()), evidence(nested)));
    }
    if (!claim.has("evidence") && !evidenceIds.isEmpty()) {
      claim.put("evidence", Trees.list(at, evidenceIds));
    }
    claims.putIfAbsent(id, claim.build());
    return id;
  }

  private String evidence(ClaimItems.Item item) {
    SourcePosition at = source.position(item.offset());
    Trees.MapBuilder found = new Trees.MapBuilder(at);
    boolean reference = item.marker().isPresent() && item.marker().get().kind().equals("ref");
    if (!reference) {
      found.put("kind", Trees.scalar(at, "other"));
      found.put("summary", Trees.scalar(at, item.text()));
      Matcher link = LINK_ONLY.matcher(item.text().strip());
      if (item.marker().isEmpty() && link.matches()) {
        found.put("kind", Trees.scalar(at, "link"));
        found.put("url", Trees.scalar(at, link.group(1) != null ? link.group(1) : link.group(2)));
      }
    }
    item.marker().ifPresent(marker -> hidden.hidden(marker, item.offset(), found, "summary"));
    String id = idOf(found, "ev-", item.text(), evidenceIdsByText);
    if (!reference) {
      evidence.putIfAbsent(id, found.build());
    }
    return id;
  }

  private String idOf(Trees.MapBuilder item, String prefix, String text, Map<String, String> idsByText) {
    Node given = item.remove("id");
    String id;
    if (given instanceof Node.ScalarNode scalar && scalar.value() instanceof String value) {
      id = value;
      slugs.reserve(id);
    } else {
      id = idsByText.computeIfAbsent(text, t -> slugs.unique(prefix, t));
    }
    item.put("id", given != null ? given : Trees.scalar(item.build().position(), id));
    return id;
  }
}
