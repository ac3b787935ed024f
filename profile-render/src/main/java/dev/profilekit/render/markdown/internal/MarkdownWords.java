package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.PartialDate;
import dev.profilekit.render.internal.Labels;
import dev.profilekit.render.internal.LocalDates;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of a Markdown page in its language: the headings of the lists, what an untitled entry
 * is called, the labels of an entry's lines and its dates. The writer writes them and the reader
 * reads them back from the same label table, so a page in German reads as one in English does;
 * the reader also takes the English words, which hand-edited pages may mix in.
 */
public final class MarkdownWords {
  private static final Map<String, String> HEADINGS = Map.ofEntries(
      Map.entry("work", "experience"), Map.entry("projects", "projects"), Map.entry("education", "education"),
      Map.entry("volunteer", "volunteering"), Map.entry("publications", "publications"), Map.entry("awards", "awards"),
      Map.entry("certificates", "certificates"), Map.entry("skills", "skills"), Map.entry("languages", "languages"),
      Map.entry("interests", "interests"), Map.entry("references", "references"), Map.entry("evidence", "evidence"),
      Map.entry("targets", "applications"), Map.entry("contact", "contact"));
  private static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("work", "position"), Map.entry("projects", "project"), Map.entry("education", "course"),
      Map.entry("volunteer", "role"), Map.entry("publications", "publication"), Map.entry("awards", "award"),
      Map.entry("certificates", "certificate"), Map.entry("skills", "skill"), Map.entry("languages", "language"),
      Map.entry("interests", "interest"), Map.entry("references", "reference"), Map.entry("evidence", "evidence"),
      Map.entry("targets", "posting"), Map.entry("contact", "contact"));
  /** Lines written for people only; the marker holds their data. */
  private static final List<String> SHOWN_ONLY = List.of("fieldMetric", "fieldRequirements", "fieldBasedIn");
  private static final MarkdownWords ENGLISH = new MarkdownWords(Labels.english());

  private final Labels labels;
  /** Field by label, for reading. */
  private final Map<String, String> fields = new HashMap<>();

  private MarkdownWords(Labels labels) {
    this.labels = labels;
    labels.all().forEach((key, value) -> {
      if (key.startsWith("field") && !SHOWN_ONLY.contains(key) && !key.equals("fieldWhen")) {
        fields.put(value, Character.toLowerCase(key.charAt(5)) + key.substring(6));
      }
    });
  }

  public static MarkdownWords english() {
    return ENGLISH;
  }

  public static MarkdownWords of(Labels labels) {
    return labels.tag().equals("en") && labels.all().equals(Labels.english().all()) ? ENGLISH : new MarkdownWords(labels);
  }

  /** The language tag whose words these are. */
  public String tag() {
    return labels.tag();
  }

  public String heading(Layouts.Layout layout) {
    return labels.get(HEADINGS.get(layout.key()));
  }

  public String noun(Layouts.Layout layout) {
    return labels.get(NOUNS.get(layout.key()));
  }

  public String word(String key) {
    return labels.get(key);
  }

  /** The label of a field's line; a work entry's {@code name} is its organisation. */
  public String label(Layouts.Layout layout, String field) {
    if (field.equals("name") && layout.key().equals("work")) {
      return labels.get("fieldOrganization");
    }
    String key = "field" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    return labels.all().containsKey(key) ? labels.get(key) : field;
  }

  /** The field a line's label names, in this language or else in English. */
  public Optional<String> fieldOf(Layouts.Layout layout, String label) {
    Optional<String> field = Optional.ofNullable(fields.get(label));
    if (field.isEmpty() && this != ENGLISH) {
      return ENGLISH.fieldOf(layout, label);
    }
    if (field.filter("organization"::equals).isPresent() && layout.key().equals("work")) {
      return Optional.of("name");
    }
    return field;
  }

  public String when() {
    return labels.get("fieldWhen");
  }

  public boolean isWhen(String label) {
    return label.equals(when()) || (this != ENGLISH && ENGLISH.isWhen(label));
  }

  public String metric() {
    return labels.get("fieldMetric");
  }

  public String requirements() {
    return labels.get("fieldRequirements");
  }

  public String basedIn() {
    return labels.get("fieldBasedIn");
  }

  /** Whether a line's label is one of those written for people only. */
  public boolean isShownOnly(String label) {
    for (String key : SHOWN_ONLY) {
      if (labels.get(key).equals(label)) {
        return true;
      }
    }
    return this != ENGLISH && ENGLISH.isShownOnly(label);
  }

  public LocalDates dates() {
    return labels.dates();
  }

  public String formatDate(PartialDate date) {
    return labels.dates().format(date);
  }

  public String formatPeriod(Optional<PartialDate> start, Optional<PartialDate> end) {
    return labels.dates().period(start, end);
  }

  /** A date in this language, or else as English pages write it. */
  public Optional<PartialDate> parseDate(String text) {
    Optional<PartialDate> date = labels.dates().parse(text);
    return date.isEmpty() && this != ENGLISH ? ENGLISH.parseDate(text) : date;
  }

  public Optional<PartialDate[]> parsePeriod(String text) {
    Optional<PartialDate[]> period = labels.dates().parsePeriod(text);
    return period.isEmpty() && this != ENGLISH ? ENGLISH.parsePeriod(text) : period;
  }

  /** "e.g. `März 2019 – heute` or `2015 – 2020`", for hints. */
  public String periodExample() {
    return "`" + formatPeriod(Optional.of(PartialDate.ofMonth(2019, 3)), Optional.empty()) + "` or `"
        + formatPeriod(Optional.of(PartialDate.ofYear(2015)), Optional.of(PartialDate.ofYear(2020))) + "`";
  }

  /** "e.g. `2019`, `März 2019` or `14. März 2019`", for hints. */
  public String dateExample() {
    return "`" + formatDate(PartialDate.ofYear(2019)) + "`, `" + formatDate(PartialDate.ofMonth(2019, 3)) + "` or `"
        + formatDate(PartialDate.ofDay(2019, 3, 14)) + "`";
  }

  @Override
  public String toString() {
    return "MarkdownWords[" + labels.tag().toLowerCase(Locale.ROOT) + "]";
  }
}
