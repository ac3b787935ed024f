package dev.profilekit.model.internal.overlay;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlay;
import dev.profilekit.model.Profile;
import dev.profilekit.model.SourceMap;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.check.internal.ProseField;
import dev.profilekit.model.check.internal.ProseFields;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.codec.Suggestions;
import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks overlays against their base on reading, and lays the chosen ones over it. */
public final class OverlayResolver {
  private static final int MAX_DIAGNOSTICS = 1000;

  private OverlayResolver() {}

  /**
   * Checks every overlay of a native tree whose base read without errors: each is laid over the
   * base and the result read like a profile, and what is wrong is reported at the overlay's
   * positions.
   */
  public static void check(Node root, ReadContext context) {
    if (!(root instanceof Node.MapNode map)
        || !map.members().containsKey(OverlayKind.TRANSLATION.key()) && !map.members().containsKey(OverlayKind.VARIANT.key())) {
      return;
    }
    Node.MapNode base = withoutOverlays(map);
    for (OverlayKind kind : OverlayKind.values()) {
      Node.Member overlays = map.members().get(kind.key());
      if (overlays == null || !(overlays.value() instanceof Node.MapNode byName)) {
        continue;
      }
      for (Node.Member overlay : byName.members().values()) {
        String overlayPath = Paths.key(Paths.key(Paths.ROOT, kind.key()), overlay.key());
        if (kind == OverlayKind.TRANSLATION) {
          checkTag(overlay, overlayPath, context);
        }
        if (overlay.value() instanceof Node.MapNode changes) {
          checkOne(kind, overlay.key(), base, changes, overlayPath, context);
        }
      }
    }
  }

  private static void checkTag(Node.Member overlay, String path, ReadContext context) {
    String tag = overlay.key();
    Locale locale = Locale.forLanguageTag(tag);
    if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
      context.error("bad-language-tag", "`" + tag + "` is not a BCP 47 language tag", path, overlay.keyPosition(),
          "write a tag such as de, fr, pt-BR or zh-Hant");
    }
  }

  private static void checkOne(
      OverlayKind kind, String name, Node.MapNode base, Node.MapNode changes, String overlayPath, ReadContext context) {
    for (String nested : List.of(OverlayKind.TRANSLATION.key(), OverlayKind.VARIANT.key(), "schemaVersion")) {
      Node.Member member = changes.members().get(nested);
      if (member != null) {
        context.error("overlay-nested", kind.word() + " `" + name + "`: `" + nested + "` belongs to the base profile, not to an overlay",
            Paths.key(overlayPath, nested), member.keyPosition(), "move it to the top level of the profile");
      }
    }
    OverlayMerge merge = new OverlayMerge(kind, name, context, false);
    Node merged = merge.merge(base, changes, Paths.ROOT, overlayPath);
    ReadContext scratch = new ReadContext(MAX_DIAGNOSTICS);
    NativeCodecs.PROFILE.read(merged, Paths.ROOT, scratch);
    Map<SourcePosition, String> overlayPaths = pathsOf(changes, overlayPath);
    for (Diagnostic found : scratch.diagnostics()) {
      String path = found.position().map(overlayPaths::get).orElse(null);
      if (path != null) {
        context.add(found.withPath(path).withMessage(kind.word() + " `" + name + "`: " + found.message()));
      } else if (found.isError()) {
        context.add(found.withMessage("with " + kind.word() + " `" + name + "` applied: " + found.message()));
      }
    }
  }

  /** The overlay path of every value and key in {@code node}, by where it was written. */
  private static Map<SourcePosition, String> pathsOf(Node node, String path) {
    Map<SourcePosition, String> paths = new HashMap<>();
    collect(node, path, paths);
    return paths;
  }

  private static void collect(Node node, String path, Map<SourcePosition, String> paths) {
    if (node.position() != null) {
      paths.putIfAbsent(node.position(), path);
    }
    if (node instanceof Node.MapNode map) {
      for (Node.Member member : map.members().values()) {
        String memberPath = Paths.key(path, member.key());
        if (member.keyPosition() != null) {
          // A block mapping starts at its first key: a message at that key is about the key.
          paths.put(member.keyPosition(), memberPath);
        }
        collect(member.value(), memberPath, paths);
      }
    } else if (node instanceof Node.ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        collect(list.items().get(i), Paths.index(path, i), paths);
      }
    }
  }

  /**
   * The profile with the chosen variant, then the chosen translation, laid over it; without
   * overlays of its own. Warns for every prose field the translation leaves in the base language.
   */
  public static ReadResult resolve(Profile profile, Optional<String> language, Optional<String> variant) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<String> variantName = variant.flatMap(wanted -> choose(OverlayKind.VARIANT, profile.variants(), wanted, diagnostics));
    Optional<String> tag = language.flatMap(wanted -> chooseLanguage(profile.translations(), wanted, diagnostics));
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      return ReadResult.failed(diagnostics);
    }
    SourceMap positions = profile.sourceMap();
    Map<String, Object> baseTree = new LinkedHashMap<>(NativeCodecs.PROFILE.write(profile));
    baseTree.remove(OverlayKind.TRANSLATION.key());
    baseTree.remove(OverlayKind.VARIANT.key());
    Node tree = toNode(baseTree, Paths.ROOT, positions);
    ReadContext context = new ReadContext(MAX_DIAGNOSTICS);
    if (variantName.isPresent()) {
      tree = lay(OverlayKind.VARIANT, variantName.get(), profile.variants().get(variantName.get()), tree, positions, context, false).result;
    }
    Set<String> translated = Set.of();
    if (tag.isPresent()) {
      Laid laid = lay(OverlayKind.TRANSLATION, tag.get(), profile.translations().get(tag.get()), tree, positions, context,
          variantName.isPresent());
      tree = laid.result;
      translated = laid.written;
    }
    Profile resolved = NativeCodecs.PROFILE.read(tree, Paths.ROOT, context);
    diagnostics.addAll(context.diagnostics());
    if (resolved == null || context.hasErrors()) {
      return ReadResult.failed(diagnostics);
    }
    resolved = resolved.withSourceMap(context.sourceMap()).withLineEnd(profile.lineEnd());
    if (tag.isPresent()) {
      diagnostics.addAll(untranslated(resolved, tag.get(), translated));
    }
    return ReadResult.of(resolved, diagnostics);
  }

  private record Laid(Node result, Set<String> written) {}

  private static Laid lay(OverlayKind kind, String name, Overlay overlay, Node base, SourceMap positions,
      ReadContext context, boolean toleratesMissingIds) {
    String overlayPath = Paths.key(Paths.key(Paths.ROOT, kind.key()), name);
    OverlayMerge merge = new OverlayMerge(kind, name, context, toleratesMissingIds);
    Node result = merge.merge(base, toNode(overlay.changes(), overlayPath, positions), Paths.ROOT, overlayPath);
    return new Laid(result, merge.written());
  }

  /** Prose a reader would expect in the chosen language; names of people and organisations are not translated. */
  private static List<Diagnostic> untranslated(Profile resolved, String tag, Set<String> translated) {
    List<Diagnostic> warnings = new ArrayList<>();
    for (ProseField field : ProseFields.of(resolved)) {
      if (field.path().endsWith(".name") || isUnder(field.path(), translated)) {
        continue;
      }
      warnings.add(Diagnostic.warning("untranslated", "no `" + tag + "` translation; the base text is used")
          .withPath(field.path())
          .withPosition(resolved.sourceMap().positionOf(field.path()).orElse(null))
          .withHint("add it under translations." + tag));
    }
    return warnings;
  }

  private static boolean isUnder(String path, Set<String> written) {
    String current = path;
    while (true) {
      if (written.contains(current)) {
        return true;
      }
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      if (cut <= 0) {
        return false;
      }
      current = current.substring(0, cut);
    }
  }

  private static Optional<String> chooseLanguage(Map<String, Overlay> translations, String wanted, List<Diagnostic> diagnostics) {
    for (String tag : translations.keySet()) {
      if (tag.equalsIgnoreCase(wanted)) {
        return Optional.of(tag);
      }
    }
    String language = Locale.forLanguageTag(wanted).getLanguage();
    for (String tag : translations.keySet()) {
      if (!language.isEmpty() && Locale.forLanguageTag(tag).getLanguage().equals(language)) {
        diagnostics.add(Diagnostic.warning("translation-fallback", "the profile has no `" + wanted + "` translation; using `" + tag + "`"));
        return Optional.of(tag);
      }
    }
    return choose(OverlayKind.TRANSLATION, translations, wanted, diagnostics);
  }

  private static Optional<String> choose(OverlayKind kind, Map<String, Overlay> overlays, String wanted, List<Diagnostic> diagnostics) {
    if (overlays.containsKey(wanted)) {
      return Optional.of(wanted);
    }
    String known = overlays.isEmpty()
        ? "the profile has no " + kind.key() + "; add them under `" + kind.key() + ":` (see docs/overlays.md)"
        : Suggestions.closest(wanted, overlays.keySet()).map(s -> "did you mean `" + s + "`? ").orElse("")
            + kind.key() + " in the profile: " + String.join(", ", overlays.keySet());
    diagnostics.add(Diagnostic.error("unknown-" + kind.word(), "the profile has no " + kind.word() + " `" + wanted + "`").withHint(known));
    return Optional.empty();
  }

  private static Node.MapNode withoutOverlays(Node.MapNode root) {
    LinkedHashMap<String, Node.Member> members = new LinkedHashMap<>(root.members());
    members.remove(OverlayKind.TRANSLATION.key());
    members.remove(OverlayKind.VARIANT.key());
    return Node.MapNode.adopting(root.position(), members);
  }

  /** A JSON-like value as a tree, each node at the position the profile read it from. */
  @SuppressWarnings("unchecked")
  private static Node toNode(Object value, String path, SourceMap positions) {
    SourcePosition at = positions.positionOf(path).orElse(null);
    if (value instanceof Map<?, ?> map) {
      LinkedHashMap<String, Node.Member> members = new LinkedHashMap<>();
      ((Map<String, Object>) map).forEach((key, member) -> {
        String memberPath = Paths.key(path, key);
        members.put(key, new Node.Member(key, positions.positionOf(memberPath).orElse(null), toNode(member, memberPath, positions)));
      });
      return Node.MapNode.adopting(at, members);
    }
    if (value instanceof List<?> list) {
      ArrayList<Node> items = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        items.add(toNode(list.get(i), Paths.index(path, i), positions));
      }
      return Node.ListNode.adopting(at, items);
    }
    return new Node.ScalarNode(at, value);
  }
}
