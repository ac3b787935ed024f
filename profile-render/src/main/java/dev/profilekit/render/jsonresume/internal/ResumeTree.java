package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.ImmutableDiagnostic;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.tree.Node;
import dev.profilekit.render.jsonresume.JsonResumeFormat;
import dev.profilekit.render.jsonresume.internal.JsonResumeShape.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a parsed JSON Resume into the native tree the native codecs bind: keys renamed by
 * {@link JsonResumeShape}, unknown keys made {@code x-} extensions, and {@code meta.profilekit}
 * laid back over the result. Every node keeps its position, so diagnostics point into the
 * JSON Resume file; {@link #paths()} translates their paths.
 */
final class ResumeTree {
  private static final String PROFILEKIT_PATH = "$.meta." + JsonResumeShape.PROFILEKIT;

  private final boolean strict;
  private final PathMap paths = new PathMap();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  ResumeTree(boolean strict) {
    this.strict = strict;
  }

  PathMap paths() {
    return paths;
  }

  /** Warnings and errors about the JSON Resume itself, with JSON Resume paths. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The native tree of {@code root}, or empty when an error prevents it. */
  Optional<Node.MapNode> toNative(Node root) {
    if (!(root instanceof Node.MapNode)) {
      error("wrong-type", "expected a JSON Resume (an object with basics, work, …), found " + root.describe(),
          Paths.ROOT, root.position(), null);
      return Optional.empty();
    }
    Node.MapNode resume = (Node.MapNode) root;
    Map<String, Node.Member> members = new LinkedHashMap<>();
    members.put("schemaVersion", new Node.Member("schemaVersion", root.position(), new Node.ScalarNode(root.position(), 1L)));
    members.putAll(convert(resume, JsonResumeShape.RESUME, Paths.ROOT, Paths.ROOT).members());
    Node.MapNode tree = new Node.MapNode(root.position(), members);
    Optional<Node.MapNode> kept = profilekitBlock(resume);
    Node.MapNode merged = kept.map(overlay -> merge(tree, overlay, Paths.ROOT, PROFILEKIT_PATH)).orElse(tree);
    return hasErrors() ? Optional.empty() : Optional.of(merged);
  }

  private Node.MapNode convert(Node.MapNode object, JsonResumeShape shape, String resumePath, String nativePath) {
    LinkedHashMap<String, Node.Member> out = new LinkedHashMap<>();
    for (Node.Member member : object.members().values()) {
      String key = member.key();
      String path = Paths.key(resumePath, key);
      Optional<Field> field = shape.field(key);
      String modern = shape.legacyNames.get(key);
      if (field.isEmpty() && modern != null && !object.members().containsKey(modern)) {
        warning("legacy-key", "`" + key + "` is the pre-1.0 JSON Resume name of `" + modern + "`; read as `" + modern + "`",
            path, member.keyPosition(), "rename it to `" + modern + "` (JSON Resume 1.0.0)");
        field = shape.field(modern);
      }
      if (field.isPresent()) {
        String nativeKey = field.get().nativeKey();
        String memberNativePath = Paths.key(nativePath, nativeKey);
        paths.record(memberNativePath, path);
        Node value = field.get().child() == null ? member.value() : child(member.value(), field.get(), path, memberNativePath);
        if (!isOnlyProfilekit(field.get(), member.value())) {
          out.put(nativeKey, new Node.Member(nativeKey, member.keyPosition(), value));
        }
      } else if (!(shape == JsonResumeShape.META && key.equals(JsonResumeShape.PROFILEKIT))) {
        if (!shape.extensionsInPlace && !strict) {
          warning("unknown-top-level-key",
              "`" + key + "` is not a JSON Resume 1.0.0 key; kept as a profile extension",
              path, member.keyPosition(),
              "JSON Resume 1.0.0 allows no other top-level keys; converting writes it under meta.profilekit");
        }
        String nativeKey = "x-" + key;
        paths.record(Paths.key(nativePath, nativeKey), path);
        out.put(nativeKey, new Node.Member(nativeKey, member.keyPosition(), member.value()));
      }
    }
    return Node.MapNode.adopting(object.position(), out);
  }

  /** A meta whose only key is meta.profilekit stands for no meta of the profile's own. */
  private static boolean isOnlyProfilekit(Field field, Node value) {
    return field.child() == JsonResumeShape.META
        && value instanceof Node.MapNode
        && ((Node.MapNode) value).members().size() == 1
        && ((Node.MapNode) value).members().containsKey(JsonResumeShape.PROFILEKIT);
  }

  private Node child(Node value, Field field, String resumePath, String nativePath) {
    if (field.list() && value instanceof Node.ListNode) {
      ArrayList<Node> items = new ArrayList<>();
      List<Node> given = ((Node.ListNode) value).items();
      for (int i = 0; i < given.size(); i++) {
        Node item = given.get(i);
        items.add(item instanceof Node.MapNode
            ? convert((Node.MapNode) item, field.child(), Paths.index(resumePath, i), Paths.index(nativePath, i))
            : item);
      }
      return Node.ListNode.adopting(value.position(), items);
    }
    if (!field.list() && value instanceof Node.MapNode) {
      return convert((Node.MapNode) value, field.child(), resumePath, nativePath);
    }
    return value; // the native codecs report the wrong type where it stands
  }

  /** The {@code meta.profilekit} block without its version, once the version is one this reads. */
  private Optional<Node.MapNode> profilekitBlock(Node.MapNode resume) {
    Node.Member meta = resume.members().get("meta");
    if (meta == null || !(meta.value() instanceof Node.MapNode)) {
      return Optional.empty();
    }
    Node.Member block = ((Node.MapNode) meta.value()).members().get(JsonResumeShape.PROFILEKIT);
    if (block == null) {
      return Optional.empty();
    }
    if (!(block.value() instanceof Node.MapNode)) {
      error("wrong-type", "expected Profile Kit's data (an object), found " + block.value().describe(),
          PROFILEKIT_PATH, block.value().position(), "meta.profilekit is written by Profile Kit; remove it if it is not");
      return Optional.empty();
    }
    Node.MapNode kept = (Node.MapNode) block.value();
    Node.Member version = kept.members().get("version");
    Object number = version != null && version.value() instanceof Node.ScalarNode ? ((Node.ScalarNode) version.value()).value() : null;
    if (!(number instanceof Long) || (Long) number < 1) {
      error("bad-version",
          version == null ? "meta.profilekit has no `version`" : "expected a version number, found " + version.value().describe(),
          PROFILEKIT_PATH + ".version", version == null ? kept.position() : version.value().position(),
          "add \"version\": " + JsonResumeFormat.META_VERSION);
      return Optional.empty();
    }
    if ((Long) number > JsonResumeFormat.META_VERSION) {
      error("newer-version",
          "meta.profilekit was written by a newer version of Profile Kit (version " + number + "); this version reads version "
              + JsonResumeFormat.META_VERSION,
          PROFILEKIT_PATH + ".version", version.value().position(),
          "upgrade Profile Kit, or remove meta.profilekit to read the JSON Resume fields alone");
      return Optional.empty();
    }
    Map<String, Node.Member> members = new LinkedHashMap<>(kept.members());
    members.remove("version");
    return Optional.of(new Node.MapNode(kept.position(), members));
  }

  private Node.MapNode merge(Node.MapNode base, Node.MapNode overlay, String nativePath, String overlayPath) {
    LinkedHashMap<String, Node.Member> out = new LinkedHashMap<>(base.members());
    for (Node.Member member : overlay.members().values()) {
      String key = member.key();
      String memberNativePath = Paths.key(nativePath, key);
      String memberOverlayPath = Paths.key(overlayPath, key);
      Node.Member existing = out.get(key);
      if (existing == null) {
        out.put(key, member);
        paths.record(memberNativePath, memberOverlayPath);
      } else if (existing.value() instanceof Node.MapNode && member.value() instanceof Node.MapNode) {
        out.put(key, new Node.Member(key, existing.keyPosition(),
            merge((Node.MapNode) existing.value(), (Node.MapNode) member.value(), memberNativePath, memberOverlayPath)));
      } else if (existing.value() instanceof Node.ListNode && member.value() instanceof Node.ListNode) {
        out.put(key, new Node.Member(key, existing.keyPosition(),
            mergeItems((Node.ListNode) existing.value(), (Node.ListNode) member.value(), memberNativePath, memberOverlayPath)));
      } else {
        warning("kept-value-ignored",
            "`" + key + "` is set both in the JSON Resume and in meta.profilekit; the JSON Resume value is used",
            memberOverlayPath, member.keyPosition(), "remove it from meta.profilekit");
      }
    }
    return Node.MapNode.adopting(base.position(), out);
  }

  private Node.ListNode mergeItems(Node.ListNode base, Node.ListNode overlay, String nativePath, String overlayPath) {
    List<Node> items = new ArrayList<>(base.items());
    List<Node> extra = overlay.items();
    for (int i = 0; i < extra.size(); i++) {
      Node item = extra.get(i);
      String itemOverlayPath = Paths.index(overlayPath, i);
      if (i >= items.size()) {
        warning("kept-entries-ignored",
            "meta.profilekit has data for " + extra.size() + " entries here but the JSON Resume has " + items.size()
                + "; the data for the missing entries is ignored",
            itemOverlayPath, item.position(), "entries were removed by hand: remove their data from meta.profilekit too");
        break;
      }
      if (item instanceof Node.MapNode && items.get(i) instanceof Node.MapNode) {
        items.set(i, merge((Node.MapNode) items.get(i), (Node.MapNode) item, Paths.index(nativePath, i), itemOverlayPath));
      } else if (!(item instanceof Node.MapNode)) {
        error("wrong-type", "expected Profile Kit's data for an entry (an object), found " + item.describe(),
            itemOverlayPath, item.position(), null);
      }
    }
    return new Node.ListNode(base.position(), items);
  }

  private void error(String code, String message, String path, SourcePosition at, String hint) {
    diagnostics.add(diagnostic(Diagnostic.error(code, message), path, at, hint));
  }

  private void warning(String code, String message, String path, SourcePosition at, String hint) {
    diagnostics.add(diagnostic(Diagnostic.warning(code, message), path, at, hint));
  }

  static Diagnostic diagnostic(Diagnostic base, String path, SourcePosition at, String hint) {
    return ImmutableDiagnostic.builder()
        .from(base)
        .path(path)
        .position(Optional.ofNullable(at))
        .hint(Optional.ofNullable(hint))
        .build();
  }
}
