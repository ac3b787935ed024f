package dev.profilekit.model.internal.overlay;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlay;
import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
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
import dev.profilekit.spi.TreeText;
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
        if (overlay.value() instanceof Node.MapNode changes) {
          checkOne(kind, overlay.key(), overlay.keyPosition(), base, changes, overlayPath, context);
        } else if (kind == OverlayKind.TRANSLATION) {
          checkTag(overlay.key(), overlay.keyPosition(), overlayPath, context);
        }
      }
    }
  }

  private static void checkTag(String tag, SourcePosition at, String path, ReadContext context) {
    Locale locale = Locale.forLanguageTag(tag);
    if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
      context.error("bad-language-tag", "`" + tag + "` is not a BCP 47 language tag", path, at,
          "write a tag such as de, fr, pt-BR or zh-Hant");
    }
  }

  /**
   * Checks one overlay, written in the profile or in a file of its own, against the base: its
   * tag, its marks, each change, and the profile it makes, read and then validated. What is wrong
   * is reported at the overlay's own positions where it has them.
   */
  static void checkOne(OverlayKind kind, String name, SourcePosition keyAt, Node.MapNode base, Node.MapNode written,
      String overlayPath, ReadContext context) {
    if (kind == OverlayKind.TRANSLATION) {
      checkTag(name, keyAt, overlayPath, context);
    }
    Node.MapNode changes = OverlayMerge.without(written, TranslationMarks.KEY);
    Node.Member marks = written.members().get(TranslationMarks.KEY);
    if (marks != null && kind == OverlayKind.VARIANT) {
      context.error("overlay-nested", "variant `" + name + "`: `" + TranslationMarks.KEY + "` belongs to translations",
          Paths.key(overlayPath, TranslationMarks.KEY), marks.keyPosition(), "remove it: a variant translates nothing");
    } else if (marks != null) {
      checkMarks(name, marks, changes, base, overlayPath, context);
    }
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
    Map<SourcePosition, String> overlayPaths = pathsOf(changes, overlayPath);
    Profile made = NativeCodecs.PROFILE.read(merged, Paths.ROOT, scratch);
    List<Diagnostic> findings = new ArrayList<>(scratch.diagnostics());
    Set<String> inBase = Set.of();
    if (made != null && !scratch.hasErrors()) {
      // The profile the overlay makes is validated like the base: an overlay's end date before
      // the base's start date is found here, not after resolving.
      findings.addAll(ProfileValidator.validate(made.withSourceMap(scratch.sourceMap())));
      ReadContext baseContext = new ReadContext(MAX_DIAGNOSTICS);
      Profile baseProfile = NativeCodecs.PROFILE.read(base, Paths.ROOT, baseContext);
      inBase = baseProfile == null ? Set.of() : keysOf(ProfileValidator.validate(baseProfile.withSourceMap(baseContext.sourceMap())));
    }
    for (Diagnostic found : findings) {
      String path = found.position().map(overlayPaths::get).orElse(null);
      if (path != null) {
        context.add(found.withPath(path).withMessage(kind.word() + " `" + name + "`: " + found.message()));
      } else if (found.isError() && !inBase.contains(keyOf(found))) {
        context.add(found.withMessage("with " + kind.word() + " `" + name + "` applied: " + found.message()));
      }
    }
  }

  /** A diagnostic's identity across two runs of the validator: what, and where. */
  private static String keyOf(Diagnostic diagnostic) {
    return diagnostic.code() + "@" + diagnostic.position().map(SourcePosition::toString).orElse(diagnostic.path().orElse(""));
  }

  private static Set<String> keysOf(List<Diagnostic> diagnostics) {
    Set<String> keys = new java.util.HashSet<>();
    diagnostics.forEach(d -> keys.add(keyOf(d)));
    return keys;
  }

  /** The marks a translation records: a mapping of fields it translates to 8 hex digits. */
  @SuppressWarnings("unchecked")
  private static void checkMarks(String tag, Node.Member marks, Node.MapNode changes, Node.MapNode base, String overlayPath,
      ReadContext context) {
    String marksPath = Paths.key(overlayPath, TranslationMarks.KEY);
    if (!(marks.value() instanceof Node.MapNode byField)) {
      context.error("wrong-type", "translation `" + tag + "`: `" + TranslationMarks.KEY + "` must map fields to hashes, found "
          + marks.value().describe(), marksPath, marks.value().position(), "print it with `profile translate --mark " + tag + " FILE`");
      return;
    }
    Set<String> translated = new java.util.LinkedHashSet<>();
    TranslationMarks.fields((Map<String, Object>) TreeText.plain(changes), null, overlayPath)
        .forEach(field -> translated.add(field.path()));
    for (Node.Member mark : byField.members().values()) {
      String markPath = Paths.key(marksPath, mark.key());
      if (!(mark.value() instanceof Node.ScalarNode scalar && scalar.value() instanceof String hash && HASH.matcher(hash).matches())) {
        context.error("bad-translated-from", "translation `" + tag + "`: the mark of `" + mark.key() + "` must be 8 hex digits in quotes, found "
            + mark.value().describe(), markPath, mark.value().position(), "print the marks with `profile translate --mark " + tag + " FILE`");
        continue;
      }
      if (!translated.contains(mark.key())) {
        context.warning("unknown-translated-from", "translation `" + tag + "` marks `" + mark.key() + "`, which it does not translate",
            markPath, mark.keyPosition(), Suggestions.closest(mark.key(), translated).map(s -> "did you mean `" + s + "`?")
                .orElse("remove the mark, or translate the field"));
      }
    }
  }

  private static final java.util.regex.Pattern HASH = java.util.regex.Pattern.compile("[0-9a-f]{8}");

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
    variantName.ifPresent(name -> notRead(OverlayKind.VARIANT, name, profile.variants().get(name), profile, diagnostics));
    tag.ifPresent(name -> notRead(OverlayKind.TRANSLATION, name, profile.translations().get(name), profile, diagnostics));
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
    // The resolved profile is validated again: what the overlays broke is reported at their
    // positions; what the base had wrong already was reported when it was read.
    Set<String> inBase = keysOf(ProfileValidator.validate(profile));
    ProfileValidator.validate(resolved).stream().filter(found -> !inBase.contains(keyOf(found))).forEach(diagnostics::add);
    if (tag.isPresent()) {
      diagnostics.addAll(untranslated(resolved, tag.get(), translated));
      diagnostics.addAll(stale(profile, tag.get(), false));
    }
    return ReadResult.of(resolved, diagnostics);
  }

  /** An overlay whose file was not read with the profile (it came from standard input) cannot be laid. */
  private static void notRead(OverlayKind kind, String name, Overlay overlay, Profile profile, List<Diagnostic> diagnostics) {
    overlay.file().ifPresent(file -> diagnostics.add(Diagnostic.error("overlay-file-not-read",
            "the " + kind.word() + " `" + name + "` is in the file " + file + ", which was not read with the profile")
        .withPath(Paths.key(Paths.key(Paths.ROOT, kind.key()), name))
        .withPosition(profile.sourceMap().positionOf(Paths.key(Paths.key(Paths.ROOT, kind.key()), name)).orElse(null))
        .withHint("read the profile from its file (not standard input), so that the files beside it can be found")));
  }

  /**
   * The fields of a translation whose base text changed after it was translated, by the marks it
   * records under {@code translatedFrom}; fields it does not mark, since their freshness cannot be
   * told. A translation that records no marks at all is one warning when {@code unmarkedToo},
   * else nothing: it has not opted in.
   */
  @SuppressWarnings("unchecked")
  public static List<Diagnostic> stale(Profile profile, String tag, boolean unmarkedToo) {
    Overlay translation = profile.translations().get(tag);
    if (translation == null || translation.file().isPresent()) {
      return List.of();
    }
    String overlayPath = Paths.key(Paths.key(Paths.ROOT, OverlayKind.TRANSLATION.key()), tag);
    SourceMap positions = profile.sourceMap();
    Map<String, Object> base = new LinkedHashMap<>(NativeCodecs.PROFILE.write(profile));
    List<TranslationMarks.Field> fields = TranslationMarks.fields(translation.changes(), base, overlayPath);
    String hint = "print the marks of the current base with `profile translate --mark " + tag + " FILE`";
    if (!(translation.changes().get(TranslationMarks.KEY) instanceof Map<?, ?> recorded)) {
      if (fields.isEmpty() || !unmarkedToo) {
        return List.of();
      }
      return List.of(Diagnostic.warning("translation-unmarked", "translation `" + tag + "` records no " + TranslationMarks.KEY
              + " marks: whether the base changed after it cannot be told")
          .withPath(overlayPath).withPosition(positions.positionOf(overlayPath).orElse(null))
          .withHint(hint + ", and add them to the translation (docs/overlays.md, Staleness)"));
    }
    List<Diagnostic> found = new ArrayList<>();
    for (TranslationMarks.Field field : fields) {
      SourcePosition at = positions.positionOf(field.overlayPath()).orElse(null);
      Object mark = ((Map<String, Object>) recorded).get(field.path());
      String now = field.baseHash();
      if (mark == null) {
        found.add(Diagnostic.warning("translation-unmarked", "`" + field.path() + "` has no mark in " + TranslationMarks.KEY
                + ": whether its base text changed after it cannot be told")
            .withPath(field.overlayPath()).withPosition(at)
            .withHint(now == null ? "the base has no such field" : "add `" + field.path() + ": \"" + now + "\"` under " + TranslationMarks.KEY
                + " once the translation is checked against the base"));
      } else if (now == null) {
        found.add(Diagnostic.warning("stale-translation", "`" + field.path() + "` translates a base field that no longer exists")
            .withPath(field.overlayPath()).withPosition(at)
            .withHint("remove the translation and its mark, or restore the base field"));
      } else if (!now.equals(mark)) {
        found.add(Diagnostic.warning("stale-translation", "the base text of `" + field.path() + "` changed after it was translated (marked "
                + mark + ", now " + now + ")")
            .withPath(field.overlayPath()).withPosition(at)
            .withHint("update the translation, then its mark to \"" + now + "\""));
      }
    }
    return found;
  }

  /**
   * The marks of a translation against the current base, by mark path: what its {@code
   * translatedFrom} says when every field it translates is up to date. Empty for a language the
   * profile has no translation for, or whose file was not read.
   */
  public static Optional<Map<String, String>> marks(Profile profile, String tag) {
    Overlay translation = profile.translations().get(tag);
    if (translation == null || translation.file().isPresent()) {
      return Optional.empty();
    }
    Map<String, Object> base = new LinkedHashMap<>(NativeCodecs.PROFILE.write(profile));
    Map<String, String> marks = new LinkedHashMap<>();
    for (TranslationMarks.Field field : TranslationMarks.fields(translation.changes(), base, Paths.ROOT)) {
      if (field.base() != null) {
        marks.put(field.path(), field.baseHash());
      }
    }
    return Optional.of(marks);
  }

  private record Laid(Node result, Set<String> written) {}

  private static Laid lay(OverlayKind kind, String name, Overlay overlay, Node base, SourceMap positions,
      ReadContext context, boolean toleratesMissingIds) {
    String overlayPath = Paths.key(Paths.key(Paths.ROOT, kind.key()), name);
    OverlayMerge merge = new OverlayMerge(kind, name, context, toleratesMissingIds);
    Map<String, Object> changes = new LinkedHashMap<>(overlay.changes());
    changes.remove(TranslationMarks.KEY);
    Node result = merge.merge(base, toNode(changes, overlayPath, positions), Paths.ROOT, overlayPath);
    return new Laid(result, merge.written());
  }

  /** Prose a reader would expect in the chosen language; names of people and organisations are not translated. */
  private static List<Diagnostic> untranslated(Profile resolved, String tag, Set<String> translated) {
    List<Diagnostic> warnings = new ArrayList<>();
    for (ProseField field : ProseFields.of(resolved)) {
      if (isNameOfSomeone(field.path()) || isUnder(field.path(), translated)) {
        continue;
      }
      warnings.add(Diagnostic.warning("untranslated", "no `" + tag + "` translation; the base text is used")
          .withPath(field.path())
          .withPosition(resolved.sourceMap().positionOf(field.path()).orElse(null))
          .withHint("add it under translations." + tag));
    }
    return warnings;
  }

  /** A person's or an organisation's name, which keeps its form in every language. */
  private static boolean isNameOfSomeone(String path) {
    return path.endsWith(".name") || path.endsWith(".organization") || path.endsWith(".institution");
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

  static Node.MapNode withoutOverlays(Node.MapNode root) {
    LinkedHashMap<String, Node.Member> members = new LinkedHashMap<>(root.members());
    members.remove(OverlayKind.TRANSLATION.key());
    members.remove(OverlayKind.VARIANT.key());
    return Node.MapNode.adopting(root.position(), members);
  }

  /** A JSON-like value as a tree, each node at the position the profile read it from. */
  @SuppressWarnings("unchecked")
  static Node toNode(Object value, String path, SourceMap positions) {
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
