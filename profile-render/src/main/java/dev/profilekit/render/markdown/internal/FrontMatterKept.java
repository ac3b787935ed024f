package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.SourcePosition;
import dev.profilekit.spi.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The front matter as the page wrote it, kept in the profile where its values alone cannot give it back. */
final class FrontMatterKept {
  private FrontMatterKept() {}

  /**
   * Keeps the front matter as the page wrote it beside its values, in the namespace, wherever
   * writing the values afresh would not give it back: its syntax, comments, quoting, order.
   */
  static void keep(FrontMatter.Split split, Map<String, Node.Member> kept, boolean named, SourcePosition at) {
    Map<String, Object> values = split.values().map(Plain::of).orElse(Map.of());
    boolean asTheWriterWould = split.block().isEmpty() || split.syntax().block(inWriterOrder(values, kept)).equals(split.block());
    boolean untitledButNamed = !values.containsKey("title") && named;
    Trees.MapBuilder written = new Trees.MapBuilder(at);
    if (split.syntax() != FrontMatterSyntax.YAML) {
      written.put("syntax", Trees.scalar(at, split.syntax().id()));
    }
    if (!asTheWriterWould || untitledButNamed) {
      written.put("text", Trees.scalar(at, split.block()));
    }
    Node.MapNode asWritten = written.build();
    if (asWritten.members().isEmpty()) {
      return;
    }
    Node.Member namespace = kept.get(DocumentReader.NAMESPACE);
    Map<String, Node.Member> ours = new LinkedHashMap<>();
    if (namespace != null && namespace.value() instanceof Node.MapNode map) {
      ours.putAll(map.members());
    }
    ours.put(DocumentReader.FRONT_MATTER, new Node.Member(DocumentReader.FRONT_MATTER, at, asWritten));
    kept.put(DocumentReader.NAMESPACE, new Node.Member(DocumentReader.NAMESPACE, namespace == null ? at : namespace.keyPosition(), new Node.MapNode(at, ours)));
  }

  /** The front matter's keys in the order the writer writes them: what went into the profile first, its own namespace last. */
  private static Map<String, Object> inWriterOrder(Map<String, Object> values, Map<String, Node.Member> kept) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : List.of("title", "headline", "links")) {
      if (values.containsKey(key) && !kept.containsKey(key)) {
        ordered.put(key, values.get(key));
      }
    }
    values.forEach((key, value) -> {
      if (!key.equals(DocumentReader.NAMESPACE)) {
        ordered.putIfAbsent(key, value);
      }
    });
    if (values.containsKey(DocumentReader.NAMESPACE)) {
      ordered.put(DocumentReader.NAMESPACE, values.get(DocumentReader.NAMESPACE));
    }
    return ordered;
  }
}
