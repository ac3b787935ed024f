package dev.profilekit.model.target.internal;

import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Target;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A posting as read, before it becomes a {@link Target}: every posting reader fills one, so
 * postings in any format get the same ids — the target's from its organisation and title, each
 * requirement's from its text ({@code req-} and a slug), numbered when two would clash.
 */
public final class PostingDraft {
  private static final int MAX_SLUG = 48;

  public String title;
  public String organization;
  public String url;
  public PartialDate date;
  public String description;
  public final List<String> responsibilities = new ArrayList<>();
  public final List<Group> groups = new ArrayList<>();
  public final Map<String, Object> extensions = new LinkedHashMap<>();

  /** A group of requirement texts. */
  public record Group(Optional<String> title, Priority priority, List<String> requirements) {}

  public Target toTarget() {
    Set<String> used = new HashSet<>();
    List<RequirementGroup> built = new ArrayList<>();
    for (Group group : groups) {
      List<Requirement> requirements = new ArrayList<>();
      for (String text : group.requirements()) {
        requirements.add(Requirement.builder().id(unique("req-" + slug(text), used)).text(text).build());
      }
      built.add(RequirementGroup.builder().title(group.title()).priority(group.priority()).requirements(requirements).build());
    }
    String id = slug((organization == null ? "" : organization + " ") + title);
    return Target.builder()
        .id(id.isEmpty() ? "target" : id)
        .title(title)
        .organization(Optional.ofNullable(organization))
        .url(Optional.ofNullable(url))
        .date(Optional.ofNullable(date))
        .description(Optional.ofNullable(description))
        .responsibilities(responsibilities)
        .groups(built)
        .extensions(extensions)
        .build();
  }

  /**
   * A lower-case id made of the text's letters and digits joined by {@code -}, accents dropped,
   * cut at a word boundary to at most 48 characters: "Bachelor's degree in CS" → {@code bachelors-degree-in-cs}.
   */
  public static String slug(String text) {
    String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("['’]", "")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (plain.length() <= MAX_SLUG) {
      return plain;
    }
    int cut = plain.lastIndexOf('-', MAX_SLUG);
    return plain.substring(0, cut > 0 ? cut : MAX_SLUG);
  }

  /** {@code id}, or {@code id-2}, {@code id-3}… whichever is not in {@code used} yet; adds it. */
  public static String unique(String id, Set<String> used) {
    String candidate = id;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }
}
