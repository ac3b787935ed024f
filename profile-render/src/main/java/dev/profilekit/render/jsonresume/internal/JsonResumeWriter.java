package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.ImmutableDiagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.model.internal.tree.TreeWriter;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.render.jsonresume.JsonResumeFormat;
import dev.profilekit.render.jsonresume.internal.JsonResumeShape.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a profile as a JSON Resume that validates against the official 1.0.0 schema. It starts
 * from the native tree: what JSON Resume has a valid place for goes there, everything else
 * (native-only keys, values the schema would reject, extensions whose names JSON Resume uses)
 * goes, in native form and aligned with JSON Resume's lists, under {@code meta.profilekit}.
 */
public final class JsonResumeWriter implements ProfileWriter {
  @Override
  public WriteResult write(Profile profile, WriteOptions options) {
    List<Diagnostic> losses = new ArrayList<>();
    Map<String, Object> overlay = new LinkedHashMap<>();
    Map<String, Object> resume =
        object(NativeCodecs.PROFILE.write(profile), JsonResumeShape.RESUME, Paths.ROOT, "", overlay, losses);
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
    return WriteResult.of(TreeWriter.json(resume), losses);
  }

  /**
   * The JSON Resume form of one native object; what it cannot hold is put into {@code overlay}
   * under its native key.
   */
  private static Map<String, Object> object(
      Map<String, Object> nativeObject,
      JsonResumeShape shape,
      String nativePath,
      String resumePath,
      Map<String, Object> overlay,
      List<Diagnostic> losses) {
    Map<String, Object> written = new LinkedHashMap<>();
    for (Map.Entry<String, Object> member : nativeObject.entrySet()) {
      String key = member.getKey();
      Object value = member.getValue();
      String path = Paths.key(nativePath, key);
      Field field = shape.fieldForNative(key).orElse(null);
      if (field == null) {
        boolean extension = key.startsWith("x-");
        if (extension && shape.extensionsInPlace && !shape.takes(key.substring(2))) {
          written.put(key.substring(2), value);
        } else {
          overlay.put(key, value);
        }
        continue;
      }
      String where = resumePath.isEmpty() ? field.key() : resumePath + "." + field.key();
      if (field.child() != null && field.list() && value instanceof List) {
        List<Object> items = new ArrayList<>();
        List<Object> itemOverlays = new ArrayList<>();
        List<?> values = (List<?>) value;
        for (int i = 0; i < values.size(); i++) {
          Map<String, Object> itemOverlay = new LinkedHashMap<>();
          items.add(object(asMap(values.get(i)), field.child(), Paths.index(path, i), where + "[" + i + "]", itemOverlay, losses));
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
        Map<String, Object> child = object(asMap(value), field.child(), path, where, childOverlay, losses);
        if (!child.isEmpty() || field.child() != JsonResumeShape.META) {
          written.put(field.key(), child);
        }
        if (!childOverlay.isEmpty()) {
          overlay.put(key, childOverlay);
        }
      } else if (ValueChecks.passes(field.check(), value)) {
        written.put(field.key(), value);
      } else {
        overlay.put(key, value);
        losses.add(loss(path, where, value, field));
      }
    }
    return inSchemaOrder(written, shape);
  }

  private static Diagnostic loss(String path, String where, Object value, Field field) {
    return ImmutableDiagnostic.builder()
        .from(
            Diagnostic.warning(
                "invalid-in-jsonresume",
                where + " " + (value instanceof String ? "\"" + value + "\"" : String.valueOf(value)) + " "
                    + ValueChecks.why(field.check())
                    + "; kept under meta.profilekit, where JSON Resume themes do not see it"))
        .path(path)
        .build();
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
