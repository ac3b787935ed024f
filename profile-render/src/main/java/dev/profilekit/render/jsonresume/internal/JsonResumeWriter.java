package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.spi.TextWriter;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.render.jsonresume.JsonResumeFormat;
import dev.profilekit.render.jsonresume.internal.JsonResumeShape.Field;
import dev.profilekit.spi.JsonPath;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.TreeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a profile as a JSON Resume that validates against the official 1.0.0 schema and that
 * the popular themes show in full. It starts from the native tree: what JSON Resume has a valid
 * place for goes there, everything else (native-only keys, values the schema would reject,
 * extensions whose names JSON Resume uses) goes, in native form and aligned with JSON Resume's
 * lists, under {@code meta.profilekit}. Beside each 1.0 key it writes the pre-1.0 alias themes
 * read (unless {@link JsonResumeFormat#ALIASES_SETTING} says not to), and it always writes
 * {@code basics.location}, {@code basics.profiles} and {@code projects[].roles}, which some
 * themes cannot do without.
 * A profile read from a JSON Resume is given back as it came (see {@link Layout}): values
 * the input had in a place stay there even where the schema rejects them, with a warning.
 */
public final class JsonResumeWriter implements TextWriter {
  @Override
  public WriteResult write(Profile profile, WriteOptions options) {
    List<Diagnostic> losses = new ArrayList<>();
    Map<String, Object> overlay = new LinkedHashMap<>();
    Object input = profile.inputLayout().get(JsonResumeFormat.ID);
    Run run = new Run(aliases(options), losses);
    Map<String, Object> nativeTree = ModelTrees.write(profile);
    nativeTree.putIfAbsent("person", new LinkedHashMap<>());
    Map<String, Object> resume = run.object(nativeTree, JsonResumeShape.RESUME, JsonPath.ROOT, "", overlay, input);
    overlay.remove("schemaVersion");
    if (profile.meta().isPresent() && !resume.containsKey("meta")) {
      if (overlay.isEmpty()) {
        resume.put("meta", new LinkedHashMap<>());
      } else {
        // A meta whose only key is meta.profilekit reads back as no meta: say it was there.
        overlay.putIfAbsent("meta", Map.of());
      }
    }
    if (!overlay.isEmpty()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> meta = (Map<String, Object>) resume.computeIfAbsent("meta", key -> new LinkedHashMap<>());
      Map<String, Object> kept = new LinkedHashMap<>();
      kept.put("version", (long) JsonResumeFormat.META_VERSION);
      kept.putAll(overlay);
      meta.put(JsonResumeShape.PROFILEKIT, kept);
    }
    return WriteResult.of(TreeText.json(resume), losses);
  }

  private static boolean aliases(WriteOptions options) {
    String setting = options.settings().getOrDefault(JsonResumeFormat.ALIASES_SETTING, JsonResumeFormat.ALIASES_ON);
    if (setting.equals(JsonResumeFormat.ALIASES_ON)) {
      return true;
    }
    if (setting.equals(JsonResumeFormat.ALIASES_OFF)) {
      return false;
    }
    throw new IllegalArgumentException("unknown value for " + JsonResumeFormat.ALIASES_SETTING + ": " + setting
        + " (use " + JsonResumeFormat.ALIASES_ON + " or " + JsonResumeFormat.ALIASES_OFF + ")");
  }

  /** One write: its settings and the loss report it fills. */
  private static final class Run {
    private final boolean aliases;
    private final List<Diagnostic> losses;

    Run(boolean aliases, List<Diagnostic> losses) {
      this.aliases = aliases;
      this.losses = losses;
    }

    /**
     * The JSON Resume form of one native object; what it cannot hold is put into {@code overlay}
     * under its native key. {@code input} is the same object as a JSON Resume input had it, or
     * null.
     */
    Map<String, Object> object(
        Map<String, Object> nativeObject,
        JsonResumeShape shape,
        String nativePath,
        String resumePath,
        Map<String, Object> overlay,
        Object input) {
      Map<String, Object> written = new LinkedHashMap<>();
      for (Map.Entry<String, Object> member : nativeObject.entrySet()) {
        String key = member.getKey();
        Object value = member.getValue();
        String path = JsonPath.key(nativePath, key);
        Field field = shape.fieldForNative(key).orElse(null);
        if (field == null) {
          extension(key, value, shape, nativeObject, written, overlay, input);
          continue;
        }
        String where = resumePath.isEmpty() ? field.key() : resumePath + "." + field.key();
        Object given = Layout.member(input, field.key());
        if (field.child() != null && field.list() && value instanceof List) {
          List<Object> items = new ArrayList<>();
          List<Object> itemOverlays = new ArrayList<>();
          List<?> values = (List<?>) value;
          for (int i = 0; i < values.size(); i++) {
            Map<String, Object> itemOverlay = new LinkedHashMap<>();
            items.add(object(asMap(values.get(i)), field.child(), JsonPath.index(path, i), where + "[" + i + "]", itemOverlay,
                Layout.item(given, i)));
            itemOverlays.add(itemOverlay);
          }
          written.put(field.key(), items);
          while (!itemOverlays.isEmpty() && ((Map<?, ?>) itemOverlays.get(itemOverlays.size() - 1)).isEmpty()) {
            itemOverlays.remove(itemOverlays.size() - 1);
          }
          if (!itemOverlays.isEmpty()) {
            overlay.put(key, itemOverlays);
          }
        } else if (field.child() != null) {
          Map<String, Object> childOverlay = new LinkedHashMap<>();
          Map<String, Object> child = object(asMap(value), field.child(), path, where, childOverlay, given);
          if (!child.isEmpty() || field.child() != JsonResumeShape.META) {
            written.put(field.key(), child);
          }
          if (!childOverlay.isEmpty()) {
            overlay.put(key, childOverlay);
          }
        } else if (ValueChecks.passes(field.check(), value)) {
          written.put(field.key(), value);
        } else if (Layout.had(input, field.key(), value)) {
          written.put(field.key(), value);
          losses.add(invalid(path, where, value, field, "written where the input had it"));
        } else {
          overlay.put(key, value);
          losses.add(invalid(path, where, value, field, "kept under meta.profilekit, where JSON Resume themes do not see it"));
        }
      }
      for (String always : shape.alwaysWritten) {
        Field field = shape.field(always).orElseThrow();
        written.putIfAbsent(always, field.child() != null && !field.list() ? new LinkedHashMap<>() : new ArrayList<>());
      }
      Map<String, Object> ordered = withAliases(inSchemaOrder(written, shape), shape);
      return Layout.over(ordered, input, shape, aliases);
    }

    /**
     * An extension ({@code x-} key) of the native tree, or a native key JSON Resume has no field
     * for: in place where JSON Resume allows it there and would read it back as the same,
     * otherwise under {@code meta.profilekit}.
     */
    private void extension(
        String key,
        Object value,
        JsonResumeShape shape,
        Map<String, Object> nativeObject,
        Map<String, Object> written,
        Map<String, Object> overlay,
        Object input) {
      String name = key.startsWith("x-") ? key.substring(2) : null;
      if (name == null) {
        overlay.put(key, value);
        return;
      }
      if (shape.extensionsInPlace && !shape.takes(name)) {
        written.put(name, value);
        return;
      }
      String modern = shape.legacyNames.get(name);
      String modernKey = modern == null ? null : shape.field(modern).orElseThrow().nativeKey();
      boolean ownAlias = shape.extensionsInPlace && modern != null && nativeObject.containsKey(modernKey)
          && !Layout.sameContent(value, nativeObject.get(modernKey));
      Field field = shape.field(name).orElse(null);
      boolean free = field == null || !nativeObject.containsKey(field.nativeKey());
      boolean whereItWas = free && Layout.had(input, name, value);
      // A date the calendar does not have (2019-13) that the schema's pattern allows: themes show it there.
      boolean textDate = free && field != null && field.isDate() && value instanceof String
          && PartialDate.tryParse((String) value).isEmpty() && ValueChecks.passes(field.check(), value);
      if (ownAlias || whereItWas || textDate) {
        // A pre-1.0 alias with a value of its own, a date kept as text, or what the input had
        // here (a top-level key 1.0.0 does not know): the reader takes it back as it is.
        written.put(name, value);
      } else {
        overlay.put(key, value);
      }
    }

    /**
     * Each pre-1.0 alias right after its 1.0 key: with the same value when aliases are on, and
     * always where it has a value of its own.
     */
    private Map<String, Object> withAliases(Map<String, Object> written, JsonResumeShape shape) {
      if (shape.aliasOf.isEmpty()) {
        return written;
      }
      Map<String, Object> withAliases = new LinkedHashMap<>();
      for (Map.Entry<String, Object> member : written.entrySet()) {
        if (!withAliases.containsKey(member.getKey())) {
          withAliases.put(member.getKey(), member.getValue());
        }
        String alias = shape.aliasOf.get(member.getKey());
        if (alias != null && (aliases || written.containsKey(alias))) {
          withAliases.put(alias, written.getOrDefault(alias, member.getValue()));
        }
      }
      return withAliases;
    }
  }

  private static Diagnostic invalid(String path, String where, Object value, Field field, String outcome) {
    return 
            Diagnostic.warning(
                "invalid-in-jsonresume",
                where + " " + (value instanceof String ? "\"" + value + "\"" : String.valueOf(value)) + " "
                    + ValueChecks.why(field.check()) + "; " + outcome)
        .withPath(path);
  }

  private static Map<String, Object> inSchemaOrder(Map<String, Object> written, JsonResumeShape shape) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (Field field : shape.fields) {
      if (written.containsKey(field.key())) {
        ordered.put(field.key(), written.get(field.key()));
      }
    }
    written.forEach(ordered::putIfAbsent);
    return ordered;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }
}
