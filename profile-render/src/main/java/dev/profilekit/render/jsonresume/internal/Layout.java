package dev.profilekit.render.jsonresume.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gives a JSON Resume back as it came. The reader keeps the document it read as the profile's
 * input layout; the writer lays what it writes from the model over it: keys in the input's order,
 * and where the model holds the same content, the input's own spelling of it ({@code ""},
 * {@code null}, {@code []}, an end date of "Present", a number where text is wanted, a pre-1.0
 * key). Only the model decides content: the input's form is taken where it means what the model
 * says, so a layout that no longer fits the profile (entries edited or removed) changes nothing
 * but form.
 */
final class Layout {
  private Layout() {}

  /** The text a number or boolean stands for where JSON Resume wants text, as JavaScript prints it. */
  static String text(Object value) {
    if (value instanceof BigDecimal) {
      BigDecimal decimal = ((BigDecimal) value).stripTrailingZeros();
      return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }
    return String.valueOf(value);
  }

  /** Whether an input's value and the model's say the same, a number and its text included. */
  static boolean sameContent(Object input, Object written) {
    if (Objects.equals(input, written)) {
      return true;
    }
    if ((input instanceof Number || input instanceof Boolean) && written instanceof String) {
      return text(input).equals(written);
    }
    if ((written instanceof Number || written instanceof Boolean) && input instanceof String) {
      return text(written).equals(input);
    }
    if (input instanceof List && written instanceof List) {
      List<?> given = withoutNulls((List<?>) input);
      List<?> items = (List<?>) written;
      if (given.size() != items.size()) {
        return false;
      }
      for (int i = 0; i < items.size(); i++) {
        if (!sameContent(given.get(i), items.get(i))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static List<?> withoutNulls(List<?> items) {
    return items.contains(null) ? items.stream().filter(Objects::nonNull).toList() : items;
  }

  /** What the reader read as no value: {@code ""}, {@code null}, an empty list or object. */
  static boolean meansNothing(Object value) {
    return value == null
        || "".equals(value)
        || (value instanceof List && ((List<?>) value).isEmpty())
        || (value instanceof Map && ((Map<?, ?>) value).isEmpty());
  }

  /**
   * {@code written} (one object of the output) laid over {@code input} (the same object as it was
   * read; null if there was none): the input's keys in its order, and each new one after the
   * last key that comes before it in {@code written} or in the schema. Without {@code aliases}, a 1.0 key
   * the input had only under its pre-1.0 name is written under that name alone, as it came.
   */
  static Map<String, Object> over(Map<String, Object> written, Object input, JsonResumeShape shape, boolean aliases) {
    if (!(input instanceof Map)) {
      return written;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> given = (Map<String, Object>) input;
    Map<String, Object> laid = new LinkedHashMap<>();
    Set<String> asCame = new HashSet<>();
    for (Map.Entry<String, Object> entry : given.entrySet()) {
      String key = entry.getKey();
      Object was = entry.getValue();
      if (written.containsKey(key)) {
        Object now = written.get(key);
        laid.put(key, sameContent(was, now) ? was : now);
      } else if (shape != null && stoodForNothing(key, was, shape)) {
        laid.put(key, was);
      } else if (shape != null && shape.legacyNames.containsKey(key) && written.containsKey(shape.legacyNames.get(key))) {
        String modern = shape.legacyNames.get(key);
        // A pre-1.0 key the input had (aliases turned off): its value is the 1.0 key's, as it was read.
        if (!given.containsKey(modern) || sameContent(given.get(modern), was) || meansNothing(given.get(modern))) {
          Object now = written.get(modern);
          laid.put(key, sameContent(was, now) ? was : now);
          if (!aliases && !given.containsKey(modern)) {
            asCame.add(modern);
          }
        }
      }
    }
    List<String> order = new ArrayList<>(laid.keySet());
    List<String> writtenKeys = new ArrayList<>(written.keySet());
    for (int i = 0; i < writtenKeys.size(); i++) {
      String key = writtenKeys.get(i);
      if (laid.containsKey(key) || asCame.contains(key)) {
        continue;
      }
      // After the last key that comes before it, in the output or in the schema.
      Set<String> before = new HashSet<>(writtenKeys.subList(0, i));
      if (shape != null) {
        for (JsonResumeShape.Field field : shape.fields) {
          if (field.key().equals(key)) {
            break;
          }
          before.add(field.key());
        }
      }
      int last = -1;
      for (int at = 0; at < order.size(); at++) {
        if (before.contains(order.get(at))) {
          last = at;
        }
      }
      order.add(last + 1, key);
      laid.put(key, written.get(key));
    }
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : order) {
      ordered.put(key, laid.get(key));
    }
    return ordered;
  }

  /** Whether the input's value for a key the output lacks was read as no value at all. */
  private static boolean stoodForNothing(String key, Object value, JsonResumeShape shape) {
    boolean known = shape.field(key).isPresent() || shape.legacyNames.containsKey(key);
    if (!known) {
      return false;
    }
    if (meansNothing(value)) {
      return true;
    }
    return key.equals("endDate")
        && value instanceof String
        && ResumeTree.ONGOING.contains(((String) value).strip().toLowerCase(Locale.ROOT));
  }

  /** The input's item at {@code index} of the list under {@code key}, or null. */
  static Object item(Object input, int index) {
    if (input instanceof List && index < ((List<?>) input).size()) {
      return ((List<?>) input).get(index);
    }
    return null;
  }

  /** The input's value under {@code key}, or null. */
  static Object member(Object input, String key) {
    return input instanceof Map ? ((Map<?, ?>) input).get(key) : null;
  }

  /** Whether the input had exactly {@code value} under {@code key}. */
  static boolean had(Object input, String key, Object value) {
    return input instanceof Map && ((Map<?, ?>) input).containsKey(key) && sameContent(((Map<?, ?>) input).get(key), value);
  }
}
