package dev.profilekit.render.markdown.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How each list of entries is laid out: which field titles an entry, which one is its prose, and
 * in which order the rest are shown. One table, read by the writer and the reader, so the two
 * cannot disagree; the words shown are in {@link MarkdownWords}.
 */
public final class Layouts {
  /**
   * One kind of entry. {@code heading} and {@code noun} are English, for messages; the page's
   * own words come from {@link MarkdownWords}.
   */
  public record Layout(
      String key, String heading, String noun, String titleKey, boolean rawTitle, Optional<String> proseKey) {}

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
