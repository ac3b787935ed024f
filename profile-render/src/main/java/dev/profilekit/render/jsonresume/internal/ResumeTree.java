package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.render.jsonresume.JsonResumeFormat;
import dev.profilekit.render.jsonresume.internal.JsonResumeShape.Field;
import dev.profilekit.spi.JsonPath;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a parsed JSON Resume into the native tree the native codecs bind: keys renamed by
 * {@link JsonResumeShape}, unknown keys made {@code x-} extensions, and {@code meta.profilekit}
 * laid back over the result. Every node keeps its position, so diagnostics point into the
 * JSON Resume file; {@link #paths()} translates their paths.
 */
final class ResumeTree {
  private static final String PROFILEKIT_PATH = "$.meta." + JsonResumeShape.PROFILEKIT;
  /** End dates that mean "to this day" in the JSON Resumes people have. */
  static final Set<String> ONGOING = Set.of("present", "current", "now");

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
          JsonPath.ROOT, root.position(), null);
      return Optional.empty();
    }
    Node.MapNode resume = (Node.MapNode) root;
    Map<String, Node.Member> members = new LinkedHashMap<>();
    members.put("schemaVersion", new Node.Member("schemaVersion", root.position(), new Node.ScalarNode(root.position(), 1L)));
    members.putAll(convert(resume, JsonResumeShape.RESUME, JsonPath.ROOT, JsonPath.ROOT).members());
    Node.MapNode tree = new Node.MapNode(root.position(), members);
    Optional<Node.MapNode> kept = profilekitBlock(resume);
    Node.MapNode merged = kept.map(overlay -> merge(tree, overlay, JsonPath.ROOT, PROFILEKIT_PATH)).orElse(tree);
    return hasErrors() ? Optional.empty() : Optional.of(merged);
  }

  private Node.MapNode convert(Node.MapNode object, JsonResumeShape shape, String resumePath, String nativePath) {
    LinkedHashMap<String, Node.Member> out = new LinkedHashMap<>();
    for (Node.Member member : object.members().values()) {
      String key = member.key();
      String path = JsonPath.key(resumePath, key);
      Optional<Field> field = shape.field(key);
      String modern = shape.legacyNames.get(key);
      if (field.isEmpty() && modern != null) {
        Node.Member modernMember = object.members().get(modern);
        if (modernMember == null || isEmpty(modernMember.value())) {
          warning("legacy-key", "`" + key + "` is the pre-1.0 JSON Resume name of `" + modern + "`; read as `" + modern + "`",
              path, member.keyPosition(), "rename it to `" + modern + "` (JSON Resume 1.0.0)");
          field = shape.field(modern);
        } else if (Layout.sameContent(plain(member.value()), plain(modernMember.value()))) {
          continue; // the alias themes read, beside its 1.0 key: one value
        }
        // An alias with a value of its own stays an extension of that name, and is written back as it is.
      }
      if (field.isPresent()) {
        Field known = field.get();
        String nativeKey = known.nativeKey();
        Node value = member.value();
        if (known.child() != null) {
          value = child(value, known, path, JsonPath.key(nativePath, nativeKey));
        } else {
          value = scalar(known, member, path);
          if (value != null && known.isDate() && isUnreadableDate(value)) {
            nativeKey = "x-" + key;
          }
        }
        if (value == null) {
          continue;
        }
        paths.record(JsonPath.key(nativePath, nativeKey), path);
        if (!isOnlyProfilekit(known, member.value())) {
          out.put(nativeKey, new Node.Member(nativeKey, member.keyPosition(), value));
        }
      } else if (!(shape == JsonResumeShape.META && key.equals(JsonResumeShape.PROFILEKIT))) {
        if (!shape.extensionsInPlace && !strict) {
          warning("unknown-top-level-key",
              "`" + key + "` is not a JSON Resume 1.0.0 key; kept as a profile extension",
              path, member.keyPosition(),
              "JSON Resume 1.0.0 allows no other top-level keys (1.2 and later do); JSON Resume output gives it back"
                  + " where it is, other formats keep it as an extension");
        }
        String nativeKey = "x-" + key;
        paths.record(JsonPath.key(nativePath, nativeKey), path);
        out.put(nativeKey, new Node.Member(nativeKey, member.keyPosition(), member.value()));
      }
    }
    return Node.MapNode.adopting(object.position(), out);
  }

  /**
   * A value where JSON Resume wants text, a date or a list of text, as the native codecs can bind
   * it: {@code null} when it stands for no value ({@code ""}, {@code null}, an end date of
   * "Present"), numbers as their text, each change said in a warning. What the writer gives back
   * in its place is in the profile's input layout.
   */
  private Node scalar(Field field, Node.Member member, String path) {
    Node value = member.value();
    if (value instanceof Node.ListNode) {
      return textItems((Node.ListNode) value, path);
    }
    if (!(value instanceof Node.ScalarNode)) {
      return value; // the native codecs report the wrong type where it stands
    }
    Object raw = ((Node.ScalarNode) value).value();
    if (raw == null || "".equals(raw)) {
      if (strict && field.hasFormat()) {
        diagnostics.add(SchemaCheck.formatProblem(field.check(), value, path));
      } else {
        warning("empty-value", "`" + field.key() + "` is " + (raw == null ? "null" : "empty (\"\")") + "; read as no value",
            path, value.position(), "JSON Resume output gives it back as it is; other formats leave it out");
      }
      return null;
    }
    if (field.isDate()) {
      if (raw instanceof String && field.key().equals("endDate") && ONGOING.contains(((String) raw).strip().toLowerCase(Locale.ROOT))) {
        warning("ongoing-end-date", "end date \"" + raw + "\" read as ongoing (no end date)",
            path, value.position(), "JSON Resume output gives it back as it is; leave endDate out to say the same in 1.0.0");
        return null;
      }
      if (isUnreadableDate(value)) {
        warning("date-kept-as-text",
            "\"" + raw + "\" is not a date the calendar has; kept as text beside the entry's dates",
            path, value.position(), "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019-06");
        return value;
      }
    } else if (raw instanceof Number || raw instanceof Boolean) {
      warning("number-as-text", "`" + field.key() + "` is " + value.describe() + " (" + raw + ") where JSON Resume wants text;"
              + " read as the text \"" + Layout.text(raw) + "\"",
          path, value.position(), "put it in quotes: \"" + Layout.text(raw) + "\"");
      return new Node.ScalarNode(value.position(), Layout.text(raw));
    }
    if (field.check() != JsonResumeShape.Check.NONE && !ValueChecks.passes(field.check(), raw)) {
      if (strict && field.hasFormat()) {
        diagnostics.add(SchemaCheck.formatProblem(field.check(), value, path));
      } else if (!strict && !(field.check() == JsonResumeShape.Check.URI && ValueChecks.profileValidatorFlags(raw))) {
        // (A URL without a scheme the profile's own validation reports, with a better hint.)
        warning("invalid-in-jsonresume",
            "\"" + raw + "\" " + ValueChecks.why(field.check()) + "; kept where it is",
            path, value.position(), "themes show it as it is; `profile validate --as jsonresume` reports it as an error");
      }
    }
    return value;
  }

  /** A list of text with numbers made text and {@code null} items left out, each with a warning. */
  private Node textItems(Node.ListNode list, String path) {
    ArrayList<Node> items = new ArrayList<>(list.items().size());
    boolean changed = false;
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      Object raw = item instanceof Node.ScalarNode ? ((Node.ScalarNode) item).value() : "";
      if (item instanceof Node.ScalarNode && raw == null) {
        warning("empty-value", "a list item is null; left out", JsonPath.index(path, i), item.position(),
            "JSON Resume output gives it back as it is; other formats leave it out");
        changed = true;
      } else if (raw instanceof Number || raw instanceof Boolean) {
        warning("number-as-text", "a list item is " + item.describe() + " (" + raw + ") where JSON Resume wants text;"
                + " read as the text \"" + Layout.text(raw) + "\"",
            JsonPath.index(path, i), item.position(), "put it in quotes: \"" + Layout.text(raw) + "\"");
        items.add(new Node.ScalarNode(item.position(), Layout.text(raw)));
        changed = true;
      } else {
        items.add(item);
      }
    }
    return changed ? Node.ListNode.adopting(list.position(), items) : list;
  }

  private static boolean isUnreadableDate(Node value) {
    Object raw = value instanceof Node.ScalarNode ? ((Node.ScalarNode) value).value() : null;
    return raw instanceof String && PartialDate.tryParse((String) raw).isEmpty();
  }

  private static boolean isEmpty(Node value) {
    Object raw = value instanceof Node.ScalarNode ? ((Node.ScalarNode) value).value() : Boolean.FALSE;
    return raw == null || "".equals(raw);
  }

  private static Object plain(Node value) {
    return ModelTrees.readPlain(value, JsonPath.ROOT, new ReadContext(1));
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
            ? convert((Node.MapNode) item, field.child(), JsonPath.index(resumePath, i), JsonPath.index(nativePath, i))
            : item);
      }
      return Node.ListNode.adopting(value.position(), items);
    }
    if (!field.list() && value instanceof Node.MapNode) {
      if (field.child() == JsonResumeShape.LOCATION && ((Node.MapNode) value).members().isEmpty()) {
        return null; // what the writer always writes for themes that need the object; no location
      }
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
      String memberNativePath = JsonPath.key(nativePath, key);
      String memberOverlayPath = JsonPath.key(overlayPath, key);
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
      String itemOverlayPath = JsonPath.index(overlayPath, i);
      if (i >= items.size()) {
        warning("kept-entries-ignored",
            "meta.profilekit has data for " + extra.size() + " entries here but the JSON Resume has " + items.size()
                + "; the data for the missing entries is ignored",
            itemOverlayPath, item.position(), "entries were removed by hand: remove their data from meta.profilekit too");
        break;
      }
      if (item instanceof Node.MapNode && items.get(i) instanceof Node.MapNode) {
        items.set(i, merge((Node.MapNode) items.get(i), (Node.MapNode) item, JsonPath.index(nativePath, i), itemOverlayPath));
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
    return base
        .withPath(path)
        .withPosition(at)
        .withHint(hint);
  }
}
