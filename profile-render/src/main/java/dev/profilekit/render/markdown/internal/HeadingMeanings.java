package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.spi.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a hand-written heading means: a list of links, a group of a posting's requirements, or
 * plain narrative. Defaults, then the page's {@code profilekit: headings:} front matter, then
 * {@code markdown.heading.TITLE=MEANING} settings (the CLI's {@code --set}), later ones winning.
 */
public final class HeadingMeanings {
  public static final String SETTING_PREFIX = dev.profilekit.render.markdown.MarkdownFormat.HEADING_SETTING;
  public static final String LINKS = "links";
  public static final String REQUIREMENTS = "requirements";
  public static final String PREFERRED = "preferred-requirements";
  public static final String SECTION = "section";
  private static final Set<String> KNOWN = known();

  /** Level-1 headings that read like a posting's requirement groups. */
  private static final Pattern GROUP =
      Pattern.compile(
          "(?i).*\\b(good fit|candidates?|requirements?|qualifications?|nice to have|bonus|ideally|must have|you (have|will|bring|are|should))\\b.*");
  private static final Pattern PREFERRED_GROUP =
      Pattern.compile("(?i).*\\b(also|nice to have|bonus|ideally|preferred|plus|strong candidates)\\b.*");

  private final Map<String, String> meanings = new HashMap<>();

  private static Set<String> known() {
    Set<String> known = new java.util.TreeSet<>(List.of(LINKS, REQUIREMENTS, PREFERRED, SECTION));
    Layouts.ALL.forEach(layout -> known.add(layout.key()));
    return Set.copyOf(known);
  }

  private HeadingMeanings() {
    meanings.put(key("Links"), LINKS);
  }

  public static HeadingMeanings of(
      Optional<Node> frontMatter, Map<String, String> settings, List<Diagnostic> diagnostics) {
    HeadingMeanings result = new HeadingMeanings();
    if (frontMatter.isPresent() && frontMatter.get() instanceof Node.MapNode map) {
      for (Node.Member member : map.members().values()) {
        if (member.value() instanceof Node.ScalarNode scalar && scalar.value() instanceof String meaning) {
          result.add(member.key(), meaning, diagnostics, Optional.of(member.value()));
        }
      }
    }
    settings.forEach((key, meaning) -> {
      if (key.startsWith(SETTING_PREFIX)) {
        result.add(key.substring(SETTING_PREFIX.length()), meaning, diagnostics, Optional.empty());
      }
    });
    return result;
  }

  /** The meanings a profile's own front matter and the settings give, for the writer. */
  public static HeadingMeanings of(Map<String, Object> frontMatter, Map<String, String> settings) {
    HeadingMeanings result = new HeadingMeanings();
    if (frontMatter.get("profilekit") instanceof Map<?, ?> namespace && namespace.get("headings") instanceof Map<?, ?> headings) {
      headings.forEach((heading, meaning) -> {
        if (meaning instanceof String text) {
          result.add(heading.toString(), text, new java.util.ArrayList<>(), Optional.empty());
        }
      });
    }
    settings.forEach((key, meaning) -> {
      if (key.startsWith(SETTING_PREFIX)) {
        result.add(key.substring(SETTING_PREFIX.length()), meaning, new java.util.ArrayList<>(), Optional.empty());
      }
    });
    return result;
  }

  /** Whether a heading with this title would be read as links. */
  public boolean meansLinks(String title) {
    return of(title).map(LINKS::equals).orElse(false);
  }

  /** The list of entries (work, projects…) a heading's sub-headings are read as, if any. */
  public Optional<Layouts.Layout> entries(String title) {
    return of(title).flatMap(Layouts::byKey);
  }

  /** Whether a heading with this title could be read as a group of requirements. */
  public boolean couldMeanRequirements(String title) {
    return of(title).map(m -> m.equals(REQUIREMENTS) || m.equals(PREFERRED)).orElse(GROUP.matcher(title).matches());
  }

  private void add(String heading, String meaning, List<Diagnostic> diagnostics, Optional<Node> at) {
    String normalised = meaning.strip().toLowerCase(Locale.ROOT);
    if (!KNOWN.contains(normalised)) {
      diagnostics.add(
          Diagnostic.warning("unknown-heading-meaning", "`" + meaning + "` is not a heading meaning; `" + heading + "` stays a plain section")
              .withPosition(at.map(Node::position))
              .withHint("use one of: " + String.join(", ", KNOWN.stream().sorted().toList())));
      return;
    }
    meanings.put(key(heading), normalised);
  }

  public Optional<String> of(String heading) {
    return Optional.ofNullable(meanings.get(key(heading)));
  }

  /** Whether a heading with sub-headings is a group of requirements. */
  public boolean isRequirementGroup(Outline.Part part) {
    Optional<String> meaning = of(part.title);
    if (meaning.isPresent()) {
      return meaning.get().equals(REQUIREMENTS) || meaning.get().equals(PREFERRED);
    }
    return part.level == 1 && !part.children.isEmpty() && GROUP.matcher(part.title).matches();
  }

  public boolean isPreferred(Outline.Part part) {
    return of(part.title).map(PREFERRED::equals).orElse(PREFERRED_GROUP.matcher(part.title).matches());
  }

  private static String key(String heading) {
    return Escaping.unescape(heading).strip().replaceAll("[:\\s]+$", "").toLowerCase(Locale.ROOT);
  }
}
