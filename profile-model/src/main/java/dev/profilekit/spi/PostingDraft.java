package dev.profilekit.spi;

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
import java.util.regex.Pattern;

/**
 * A posting as read, before it becomes a {@link Target}: every posting reader fills one, so
 * postings in any format get the same ids — the target's from its organisation and title, each
 * requirement's from its text ({@code req-} and a slug), numbered when two would clash.
 */
public final class PostingDraft {
  private static final int MAX_SLUG = 48;
  private static final Pattern PREFERRED = Pattern.compile(
      "nice to have|nice-to-have|preferred|bonus|plus|may also|desirable|optional|ideally|extra credit",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern RESPONSIBILITIES = Pattern.compile(
      "responsibilit|what you('ll| will) do|duties|the role involves|your role|day to day|day-to-day",
      Pattern.CASE_INSENSITIVE);

  /** The posting's title; required. */
  public String title;
  /** The organisation that posts it, or null. */
  public String organization;
  /** Where it is published, or null. */
  public String url;
  /** When it was published, or null. */
  public PartialDate date;
  /** Its description, or null. */
  public String description;
  /** What the role involves, in order. */
  public final List<String> responsibilities = new ArrayList<>();
  /** The requirement groups, in order. */
  public final List<Group> groups = new ArrayList<>();
  /** What the posting has and the target has no field for, kept. */
  public final Map<String, Object> extensions = new LinkedHashMap<>();

  /** An empty draft. */
  public PostingDraft() {}

  /**
   * A group of requirement texts.
   *
   * @param title the heading it stood under, if any
   * @param priority required or preferred
   * @param requirements the requirements' texts
   */
  public record Group(Optional<String> title, Priority priority, List<String> requirements) {}

  /**
   * A list under a heading, as every posting lays it out: under a "Responsibilities" / "What you
   * will do" heading the responsibilities; otherwise a requirement group titled by the heading,
   * preferred when the heading says so ("Nice to have", "Strong candidates may also have"…),
   * else required. A second list under the same heading continues its group.
   *
   * @param heading the heading, or null for a list under none
   * @param items the list's items
   */
  public void addList(String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    if (heading != null && RESPONSIBILITIES.matcher(heading).find()) {
      responsibilities.addAll(items);
      return;
    }
    Priority priority = heading != null && PREFERRED.matcher(heading).find() ? Priority.PREFERRED : Priority.REQUIRED;
    Optional<String> title = Optional.ofNullable(heading);
    int last = groups.size() - 1;
    if (last >= 0 && groups.get(last).title().equals(title)) {
      List<String> merged = new ArrayList<>(groups.get(last).requirements());
      merged.addAll(items);
      groups.set(last, new Group(title, priority, merged));
    } else {
      groups.add(new Group(title, priority, new ArrayList<>(items)));
    }
  }

  /**
   * The target the draft describes, ids made from its texts.
   *
   * @return the target
   */
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
   *
   * @param text any text
   * @return the slug, possibly empty
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

  /**
   * {@code id}, or {@code id-2}, {@code id-3}… whichever is not in {@code used} yet; adds it.
   *
   * @param id the id wanted
   * @param used the ids taken so far, to which the answer is added
   * @return the id
   */
  public static String unique(String id, Set<String> used) {
    String candidate = id;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = id + "-" + n;
    }
    return candidate;
  }
}
