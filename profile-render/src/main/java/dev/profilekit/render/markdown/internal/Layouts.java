package dev.profilekit.render.markdown.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How each list of entries is laid out: under which heading, which field titles an entry, which
 * one is its prose, and the labels of the rest. One table, read by the writer and the reader, so
 * the two cannot disagree.
 */
public final class Layouts {
  /** One kind of entry. */
  public record Layout(
      String key, String heading, String noun, String titleKey, boolean rawTitle, Optional<String> proseKey) {
    public String label(String field) {
      if (field.equals("name") && key.equals("work")) {
        return "Organisation";
      }
      return LABELS.getOrDefault(field, field);
    }

    public Optional<String> fieldOf(String label) {
      if (label.equals("Organisation") && key.equals("work")) {
        return Optional.of("name");
      }
      return LABELS.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey).findFirst();
    }
  }

  public static final String PERIOD_LABEL = "When";
  public static final String METRIC_LABEL = "Metric";
  public static final String REQUIREMENTS_LABEL = "Requirements";
  /** Labels of lines written for people only; the marker holds their data. */
  public static final String PLACE_LABEL = "Based in";
  public static final Set<String> SHOWN_ONLY = Set.of(METRIC_LABEL, REQUIREMENTS_LABEL, PLACE_LABEL);
  /** The order fields are shown in; unlisted ones follow in the model's order. */
  public static final List<String> ORDER =
      List.of(
          "email", "phone", "position", "studyType", "area", "organization", "kind", "startDate", "endDate", "date", "releaseDate",
          "publisher", "awarder", "issuer", "level", "fluency", "location", "description", "url", "image", "score",
          "source", "metric", "entity", "type", "roles", "courses", "highlights", "responsibilities", "groups",
          "keywords", "refs", "tags");
  /** Keys that people need not see; the marker carries them. */
  public static final Set<String> HIDDEN = Set.of("id", "draft", "groups", "metric");
  /** Keys that are objects: the marker carries them, a line shows them. */
  public static final Set<String> OBJECTS = Set.of("location");
  public static final Set<String> DATES = Set.of("date", "releaseDate");
  public static final Set<String> COMMA_LISTS = Set.of("tags", "keywords", "roles", "refs");

  private static final Map<String, String> LABELS = new LinkedHashMap<>();

  static {
    String[][] labels = {
      {"position", "Position"}, {"location", "Location"}, {"description", "About"}, {"url", "Website"},
      {"highlights", "Highlights"}, {"tags", "Tags"}, {"organization", "Organisation"}, {"institution", "Institution"},
      {"area", "Area"}, {"studyType", "Degree"}, {"score", "Score"}, {"courses", "Courses"}, {"title", "Title"},
      {"date", "Date"}, {"awarder", "Awarded by"}, {"issuer", "Issuer"}, {"publisher", "Publisher"},
      {"releaseDate", "Published"}, {"level", "Level"}, {"keywords", "Keywords"}, {"language", "Language"},
      {"fluency", "Fluency"}, {"name", "Name"}, {"roles", "Roles"}, {"entity", "Entity"}, {"type", "Type"},
      {"kind", "Kind"}, {"source", "Source"}, {"refs", "Based on"}, {"summary", "Summary"},
      {"reference", "Reference"}, {"responsibilities", "Responsibilities"}, {"email", "Email"},
      {"phone", "Phone"}, {"image", "Photo"}
    };
    for (String[] label : labels) {
      LABELS.put(label[0], label[1]);
    }
  }

  /** The person's contact details: fields without a heading of their own. */
  public static final Layout CONTACT = new Layout("contact", "Contact", "Contact", "", false, Optional.empty());

  /** In the order the writer writes them. */
  public static final List<Layout> ALL =
      List.of(
          new Layout("work", "Experience", "Position", "name", false, Optional.of("summary")),
          new Layout("projects", "Projects", "Project", "name", false, Optional.of("description")),
          new Layout("education", "Education", "Course", "institution", false, Optional.empty()),
          new Layout("volunteer", "Volunteering", "Role", "organization", false, Optional.of("summary")),
          new Layout("publications", "Publications", "Publication", "name", false, Optional.of("summary")),
          new Layout("awards", "Awards", "Award", "title", false, Optional.of("summary")),
          new Layout("certificates", "Certificates", "Certificate", "name", false, Optional.empty()),
          new Layout("skills", "Skills", "Skill", "name", false, Optional.empty()),
          new Layout("languages", "Languages", "Language", "language", false, Optional.empty()),
          new Layout("interests", "Interests", "Interest", "name", false, Optional.empty()),
          new Layout("references", "References", "Reference", "name", false, Optional.of("reference")),
          new Layout("evidence", "Evidence", "Evidence", "summary", true, Optional.empty()),
          new Layout("targets", "Applications", "Posting", "title", false, Optional.of("description")));

  private Layouts() {}

  public static Optional<Layout> byKey(String key) {
    return ALL.stream().filter(layout -> layout.key().equals(key)).findFirst();
  }
}
