package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.PartialDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes one entry (a work entry, a publication…) as a heading, a marker, a list of labelled
 * fields, and its prose: what people see is Markdown; what they need not see, or what Markdown
 * cannot show exactly, goes into the marker.
 */
final class EntryWriter {
  private static final Pattern AUTOLINK = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>`\\\\]*");

  private EntryWriter() {}

  /** The blocks of one entry: the heading with its marker and fields, then its prose if any. */
  static List<String> write(Layouts.Layout layout, Map<String, Object> entry, int level, MarkdownWords words) {
    Map<String, Object> hidden = new LinkedHashMap<>();
    String heading = heading(layout, entry, hidden, words);
    StringBuilder fields = new StringBuilder();
    String prose = fields(layout, entry, hidden, fields, words);
    StringBuilder block = new StringBuilder();
    block.append("#".repeat(level)).append(' ').append(heading).append('\n');
    block.append(Marker.write("entry", hidden));
    if (fields.length() > 0) {
      block.append('\n').append(fields, 0, fields.length() - 1);
    }
    return prose == null ? List.of(block.toString()) : List.of(block.toString(), prose);
  }

  /** The person's contact details under a {@code ##} heading, or nothing when there are none. */
  static List<String> contact(Map<String, Object> details, MarkdownWords words) {
    if (details.isEmpty()) {
      return List.of();
    }
    Map<String, Object> hidden = new LinkedHashMap<>();
    StringBuilder fields = new StringBuilder();
    fields(Layouts.CONTACT, details, hidden, fields, words);
    StringBuilder block = new StringBuilder("## ").append(words.heading(Layouts.CONTACT)).append('\n');
    block.append(Marker.write(Layouts.CONTACT.key(), hidden));
    if (fields.length() > 0) {
      block.append('\n').append(fields, 0, fields.length() - 1);
    }
    return List.of(block.toString());
  }

  /** Appends the labelled fields; returns the prose, or null when there is none to show. */
  private static String fields(
      Layouts.Layout layout, Map<String, Object> entry, Map<String, Object> hidden, StringBuilder fields, MarkdownWords words) {
    String prose = null;
    boolean periodWritten = false;
    List<Map.Entry<String, Object>> ordered = new java.util.ArrayList<>(entry.entrySet());
    ordered.sort(java.util.Comparator.comparingInt(field -> rank(field.getKey())));
    for (Map.Entry<String, Object> field : ordered) {
      String key = field.getKey();
      Object value = field.getValue();
      if (key.equals(layout.titleKey())) {
        continue;
      }
      if (layout.proseKey().filter(key::equals).isPresent()) {
        if (value instanceof String text && MarkdownText.fitsBody(text)) {
          prose = text;
        } else {
          hidden.put(key, value);
        }
      } else if (key.startsWith("x-") || Layouts.HIDDEN.contains(key)
          || (Layouts.OBJECTS.contains(key) && value instanceof Map)) {
        hidden.put(key, value);
        if (key.equals("metric")) {
          metric(value).ifPresent(shown -> line(fields, words.metric(), shown));
        } else if (key.equals("groups")) {
          requirements(fields, value, words);
        } else if (key.equals("location")) {
          place(value).ifPresent(shown -> line(fields, words.basedIn(), shown));
        }
      } else if (key.equals("startDate") || key.equals("endDate")) {
        if (!periodWritten) {
          periodWritten = true;
          line(fields, words.when(), words.formatPeriod(date(entry.get("startDate")), date(entry.get("endDate"))));
        }
      } else if (Layouts.DATES.contains(key)) {
        line(fields, words.label(layout, key), words.formatDate(PartialDate.parse((String) value)));
      } else if (key.equals("url") || key.equals("image")) {
        if (value instanceof String url && AUTOLINK.matcher(url).matches()) {
          line(fields, words.label(layout, key), "<" + url + ">");
        } else {
          hidden.put(key, value);
        }
      } else if (value instanceof List<?> items) {
        if (!list(fields, words.label(layout, key), items, Layouts.COMMA_LISTS.contains(key))) {
          hidden.put(key, value);
        }
      } else if (value instanceof String text && Escaping.fitsOnOneLine(text)) {
        line(fields, words.label(layout, key), Escaping.escape(text));
      } else {
        hidden.put(key, value);
      }
    }
    return prose;
  }

  private static int rank(String key) {
    int rank = Layouts.ORDER.indexOf(key);
    return rank < 0 ? Layouts.ORDER.size() : rank;
  }

  /** A posting's requirements, for people; the marker holds them exactly. */
  @SuppressWarnings("unchecked")
  private static void requirements(StringBuilder fields, Object groups, MarkdownWords words) {
    StringBuilder items = new StringBuilder();
    for (Object group : (List<Object>) groups) {
      Map<String, Object> data = (Map<String, Object>) group;
      String priority = words.word("preferred".equals(data.get("priority")) ? "preferred" : "required");
      for (Object requirement : (List<Object>) data.getOrDefault("requirements", List.of())) {
        Object text = ((Map<String, Object>) requirement).get("text");
        items.append("  - ").append(MarkdownText.preview(String.valueOf(text))).append(" (").append(priority).append(")\n");
      }
    }
    if (items.length() > 0) {
      fields.append("- **").append(words.requirements()).append(":**\n").append(items);
    }
  }

  private static String heading(Layouts.Layout layout, Map<String, Object> entry, Map<String, Object> hidden, MarkdownWords words) {
    Object title = entry.get(layout.titleKey());
    if (title instanceof String text) {
      if (layout.rawTitle() ? MarkdownText.fitsHeading(text) : Escaping.fitsOnOneLine(text)) {
        return layout.rawTitle() ? text : Escaping.escape(text);
      }
      hidden.put(layout.titleKey(), text);
      return MarkdownText.preview(text);
    }
    hidden.put(EntryReader.UNTITLED, true);
    return words.noun(layout);
  }

  private static boolean list(StringBuilder fields, String label, List<?> items, boolean comma) {
    for (Object item : items) {
      if (!(item instanceof String text) || !Escaping.fitsOnOneLine(text) || (comma && text.contains(","))) {
        return false;
      }
    }
    if (comma) {
      line(fields, label, String.join(", ", items.stream().map(item -> Escaping.escape((String) item)).toList()));
    } else {
      fields.append("- **").append(label).append(":**\n");
      for (Object item : items) {
        fields.append("  - ").append(Escaping.escape((String) item)).append('\n');
      }
    }
    return true;
  }

  private static void line(StringBuilder fields, String label, String value) {
    fields.append("- **").append(label).append(":** ").append(value).append('\n');
  }

  private static Optional<PartialDate> date(Object value) {
    return Optional.ofNullable((String) value).map(PartialDate::parse);
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> place(Object value) {
    if (!(value instanceof Map)) {
      return Optional.empty();
    }
    Map<String, Object> location = (Map<String, Object>) value;
    List<String> parts = java.util.stream.Stream.of("city", "region", "countryCode")
        .map(location::get).filter(part -> part instanceof String).map(String.class::cast).toList();
    return parts.isEmpty() ? Optional.empty() : Optional.of(MarkdownText.preview(String.join(", ", parts)));
  }

  @SuppressWarnings("unchecked")
  private static Optional<String> metric(Object value) {
    if (!(value instanceof Map)) {
      return Optional.empty();
    }
    Map<String, Object> metric = (Map<String, Object>) value;
    Object unitName = metric.get("unit");
    String unit = unitName == null ? "" : (unitName.equals("%") ? "" : " ") + unitName;
    String before = metric.get("before") == null ? "" : metric.get("before") + unit + " → ";
    return Optional.of(MarkdownText.preview(metric.get("name") + ": " + before + metric.get("after") + unit));
  }
}
