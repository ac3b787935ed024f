package dev.profilekit.model.internal.overlay;

import dev.profilekit.model.internal.codec.Paths;
import dev.profilekit.model.internal.tree.TreeWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a translation records of the base text it translates, so that a base changed later shows:
 * under {@code translatedFrom}, each translated field's mark path ({@code person.label}, {@code
 * work[tidewater].highlights}: entries by id, not by index) and the first 8 hex digits of the
 * SHA-256 of the base value it was translated from. A text is hashed as its UTF-8 bytes, a list
 * as its items one per line (each text as it is, anything else as compact JSON), anything else
 * as compact JSON.
 */
public final class TranslationMarks {
  /** The translation's key that holds the marks. */
  public static final String KEY = "translatedFrom";

  /**
   * One field a translation replaces.
   *
   * @param path the mark path, entries by id
   * @param overlayPath the field's JSON path in the profile ({@code $.translations.de.work[0].position})
   * @param base the base value it replaces, null when the base has none
   */
  record Field(String path, String overlayPath, Object base) {
    /** {@return the hash of the base value, null when there is none} */
    String baseHash() {
      return base == null ? null : hash(base);
    }
  }

  private TranslationMarks() {}

  /** Every field of {@code changes} (without {@link #KEY}) with the base value it replaces, in the order written. */
  static List<Field> fields(Map<String, Object> changes, Map<String, Object> base, String overlayPath) {
    List<Field> fields = new ArrayList<>();
    walk(changes, base, "", overlayPath, fields);
    return fields;
  }

  @SuppressWarnings("unchecked")
  private static void walk(Map<String, Object> changes, Map<String, Object> base, String markPath, String overlayPath,
      List<Field> fields) {
    for (Map.Entry<String, Object> change : changes.entrySet()) {
      String key = change.getKey();
      if (markPath.isEmpty() && key.equals(KEY)) {
        continue;
      }
      Object value = change.getValue();
      Object baseValue = base == null ? null : base.get(key);
      String path = markPath.isEmpty() ? key : markPath + "." + key;
      String at = Paths.key(overlayPath, key);
      if (OverlayMerge.LISTS_BY_ID.contains(key) && value instanceof List<?> items) {
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i) instanceof Map<?, ?> item && item.get("id") instanceof String id) {
            Map<String, Object> rest = new LinkedHashMap<>((Map<String, Object>) item);
            rest.remove("id");
            walk(rest, byId(baseValue, id), path + "[" + id + "]", Paths.index(at, i), fields);
          }
        }
      } else if (value instanceof Map<?, ?> map && (baseValue == null || baseValue instanceof Map)) {
        walk((Map<String, Object>) map, (Map<String, Object>) baseValue, path, at, fields);
      } else {
        fields.add(new Field(path, at, baseValue));
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> byId(Object list, String id) {
    if (list instanceof List<?> items) {
      for (Object item : items) {
        if (item instanceof Map<?, ?> map && id.equals(map.get("id"))) {
          return (Map<String, Object>) map;
        }
      }
    }
    return null;
  }

  /** {@return the first 8 hex digits of the SHA-256 of a base value, as described above} */
  static String hash(Object value) {
    String text;
    if (value instanceof String string) {
      text = string;
    } else if (value instanceof List<?> items) {
      List<String> lines = new ArrayList<>();
      for (Object item : items) {
        lines.add(item instanceof String string ? string : TreeWriter.compactJson(item));
      }
      text = String.join("\n", lines);
    } else {
      text = TreeWriter.compactJson(value);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
