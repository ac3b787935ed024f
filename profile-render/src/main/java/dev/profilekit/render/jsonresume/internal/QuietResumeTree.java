package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.model.PartialDate;
import dev.profilekit.render.jsonresume.JsonResumeFormat;
import dev.profilekit.render.jsonresume.internal.JsonResumeShape.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ResumeTree} for the streaming path: the same renaming and reshaping on plain maps and
 * lists, without positions or paths, for a JSON Resume about which {@link ResumeTree} would say
 * nothing. Wherever {@link ResumeTree} warns or fails, this gives up ({@link Optional#empty()})
 * and the line takes the full read, which says it. The differential test keeps the two in step.
 */
final class QuietResumeTree {
  private QuietResumeTree() {}

  /** Thrown, without a stack, where {@link ResumeTree} would have something to say. */
  private static final class NeedsFullRead extends RuntimeException {
    private static final NeedsFullRead INSTANCE = new NeedsFullRead();

    private NeedsFullRead() {
      super(null, null, false, false);
    }
  }

  /** The native tree of a (non-strict) JSON Resume, or empty when the full read must speak. */
  static Optional<Map<String, Object>> toNative(Map<String, Object> resume) {
    try {
      Map<String, Object> tree = new LinkedHashMap<>();
      tree.put("schemaVersion", 1L);
      tree.putAll(convert(resume, JsonResumeShape.RESUME));
      Map<String, Object> overlay = profilekitBlock(resume);
      return Optional.of(overlay == null ? tree : merge(tree, overlay));
    } catch (NeedsFullRead | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Object> convert(Map<String, Object> object, JsonResumeShape shape) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> member : object.entrySet()) {
      String key = member.getKey();
      Object value = member.getValue();
      Optional<Field> field = shape.field(key);
      String modern = shape.legacyNames.get(key);
      if (field.isEmpty() && modern != null) {
        Object modernValue = object.get(modern);
        if (modernValue == null || "".equals(modernValue)) {
          throw NeedsFullRead.INSTANCE; // a legacy-key warning
        }
        if (value instanceof String && value.equals(modernValue)) {
          continue; // the alias beside its 1.0 key: one value
        }
        throw NeedsFullRead.INSTANCE; // kept as an extension, or compared in ways only the full read does
      }
      if (field.isPresent()) {
        Field known = field.get();
        Object converted = known.child() != null ? child(value, known) : scalar(known, value);
        if (converted == null) {
          continue;
        }
        if (!isOnlyProfilekit(known, value)) {
          out.put(known.nativeKey(), converted);
        }
      } else if (!(shape == JsonResumeShape.META && key.equals(JsonResumeShape.PROFILEKIT))) {
        if (!shape.extensionsInPlace) {
          throw NeedsFullRead.INSTANCE; // an unknown-top-level-key warning
        }
        out.put("x-" + key, value);
      }
    }
    return out;
  }

  /** A value where JSON Resume wants text, a date or a list of text that reads without a word. */
  private static Object scalar(Field field, Object value) {
    if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (item == null || item instanceof Number || item instanceof Boolean) {
          throw NeedsFullRead.INSTANCE;
        }
      }
      return value;
    }
    if (value instanceof Map) {
      return value; // the native codecs' wrong type: the native end declines it
    }
    if (value == null || "".equals(value) || value instanceof Number || value instanceof Boolean) {
      throw NeedsFullRead.INSTANCE;
    }
    String text = (String) value;
    if (field.isDate()
        && ((field.key().equals("endDate") && ResumeTree.ONGOING.contains(text.strip().toLowerCase(Locale.ROOT)))
            || PartialDate.tryParse(text).isEmpty())) {
      throw NeedsFullRead.INSTANCE;
    }
    if (field.check() != JsonResumeShape.Check.NONE && !ValueChecks.passes(field.check(), text)) {
      throw NeedsFullRead.INSTANCE;
    }
    return value;
  }

  private static boolean isOnlyProfilekit(Field field, Object value) {
    return field.child() == JsonResumeShape.META
        && value instanceof Map
        && ((Map<?, ?>) value).size() == 1
        && ((Map<?, ?>) value).containsKey(JsonResumeShape.PROFILEKIT);
  }

  @SuppressWarnings("unchecked")
  private static Object child(Object value, Field field) {
    if (value == null) {
      throw NeedsFullRead.INSTANCE; // a null where an object or a list belongs: the native codecs' error
    }
    if (field.list() && value instanceof List) {
      List<?> given = (List<?>) value;
      List<Object> items = new ArrayList<>(given.size());
      for (Object item : given) {
        items.add(item instanceof Map ? convert((Map<String, Object>) item, field.child()) : item);
      }
      return items;
    }
    if (!field.list() && value instanceof Map) {
      if (field.child() == JsonResumeShape.LOCATION && ((Map<?, ?>) value).isEmpty()) {
        return null; // what the writer always writes for themes that need the object; no location
      }
      return convert((Map<String, Object>) value, field.child());
    }
    return value; // the native codecs' wrong type: the native end declines it
  }

  /** {@code meta.profilekit} without its version, or null when there is none. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> profilekitBlock(Map<String, Object> resume) {
    Object meta = resume.get("meta");
    if (!(meta instanceof Map) || !((Map<?, ?>) meta).containsKey(JsonResumeShape.PROFILEKIT)) {
      return null;
    }
    Object block = ((Map<?, ?>) meta).get(JsonResumeShape.PROFILEKIT);
    if (!(block instanceof Map)) {
      throw NeedsFullRead.INSTANCE;
    }
    Map<String, Object> kept = new LinkedHashMap<>((Map<String, Object>) block);
    Object version = kept.remove("version");
    if (!(version instanceof Long) || (Long) version < 1 || (Long) version > JsonResumeFormat.META_VERSION) {
      throw NeedsFullRead.INSTANCE;
    }
    return kept;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
    Map<String, Object> out = new LinkedHashMap<>(base);
    for (Map.Entry<String, Object> member : overlay.entrySet()) {
      String key = member.getKey();
      Object value = member.getValue();
      if (!out.containsKey(key)) {
        out.put(key, value);
        continue;
      }
      Object existing = out.get(key);
      if (existing instanceof Map && value instanceof Map) {
        out.put(key, merge((Map<String, Object>) existing, (Map<String, Object>) value));
      } else if (existing instanceof List && value instanceof List) {
        out.put(key, mergeItems((List<Object>) existing, (List<Object>) value));
      } else {
        throw NeedsFullRead.INSTANCE; // a kept-value-ignored warning
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> mergeItems(List<Object> base, List<Object> overlay) {
    if (overlay.size() > base.size()) {
      throw NeedsFullRead.INSTANCE; // a kept-entries-ignored warning
    }
    List<Object> items = new ArrayList<>(base);
    for (int i = 0; i < overlay.size(); i++) {
      Object item = overlay.get(i);
      if (!(item instanceof Map)) {
        throw NeedsFullRead.INSTANCE; // a wrong-type error
      }
      if (items.get(i) instanceof Map) {
        items.set(i, merge((Map<String, Object>) items.get(i), (Map<String, Object>) item));
      }
    }
    return items;
  }
}
