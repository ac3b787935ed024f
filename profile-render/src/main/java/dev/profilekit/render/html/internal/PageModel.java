package dev.profilekit.render.html.internal;

import static dev.profilekit.render.html.internal.ViewContext.text;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Link;
import dev.profilekit.model.Location;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Section;
import dev.profilekit.model.Target;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.render.internal.Labels;
import dev.profilekit.render.internal.OutputLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a profile into the view model a theme renders: plain maps and lists of strings,
 * booleans and pre-rendered, sanitised HTML (keys ending in {@code Html}), so templates need
 * no logic. The keys are documented in {@code docs/html-themes.md}.
 */
final class PageModel {
  private static final Pattern HTTP_PREFIX = Pattern.compile("(?i)^https?://");
  private static final Pattern NOT_IN_PHONE_NUMBER = Pattern.compile("[^0-9+]");
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})?)?");

  private final ViewMap page;
  private final Losses losses;

  private PageModel(ViewMap page, Losses losses) {
    this.page = page;
    this.losses = losses;
  }

  /** Builds the model; an unknown target id is an {@link IllegalArgumentException}. */
  static PageModel of(Profile profile, WriteOptions options, MarkdownHtml markdown) {
    Optional<Target> target = options.target().map(id -> requireTarget(profile, id));
    Losses losses = new Losses(profile.sourceMap());
    List<Diagnostic> found = new ArrayList<>();
    Labels labels = OutputLanguage.labels(profile, options, found);
    found.forEach(losses::add);
    ViewContext context = new ViewContext(profile, markdown, losses, labels);
    context.extensions(profile, "$");
    ViewMap person = person(profile.person(), context);
    EntryViews entries = new EntryViews(context);
    List<ViewMap> work = entries.work();
    List<ViewMap> projects = entries.projects();
    List<ViewMap> publications = entries.publications();
    List<ViewMap> education = entries.education();
    List<ViewMap> volunteer = entries.volunteer();
    List<ViewMap> awards = entries.awards();
    List<ViewMap> certificates = entries.certificates();
    List<ViewMap> skills = entries.skills();
    ClaimViews claimViews = new ClaimViews(context);
    ViewMap answers =
        target.map(t -> claimViews.answers(t, profile.targets().indexOf(t))).orElse(null);

    ViewMap page = new ViewMap();
    String name = person.get("name").toString();
    page.with("lang", labels.tag())
        .with("rtl", labels.rightToLeft())
        .with("dir", labels.direction())
        .with("labels", labels.withSurroundings())
        .with("title", name.isEmpty() ? labels.get("profile") : name + (person.get("label").toString().isEmpty() ? "" : " — " + person.get("label")))
        .with("description", person.get("label"))
        .with("generator", "Profile Kit")
        .with("person", person)
        .with("narrative", sections(profile.sections(), "$.sections", 2, context))
        .with("answers", answers)
        .with("experience", block("experience", labels.get("experience"), work))
        .with("projects", block("projects", labels.get("projects"), projects))
        .with("publications", block("publications", labels.get("publications"), publications))
        .with("claims", claimsBlock(claimViews, labels))
        .with("education", block("education", labels.get("education"), education))
        .with("volunteering", block("volunteering", labels.get("volunteering"), volunteer))
        .with("references", block("references", labels.get("references"), entries.references()))
        .with("skills", block("skills", labels.get("skills"), skills))
        .with("languages", block("languages", labels.get("languages"), entries.languages()))
        .with("awards", block("awards", labels.get("awards"), awards))
        .with("certificates", block("certificates", labels.get("certificates"), certificates))
        .with("interests", block("interests", labels.get("interests"), entries.interests()))
        .with("meta", meta(profile, context));
    page.with(
        "hasSidebar",
        Stream.of("skills", "languages", "awards", "certificates", "interests")
            .anyMatch(key -> !page.get(key).equals("")));
    page.with("jsonLd", PersonJsonLd.of(profile));
    return new PageModel(page, context.losses);
  }

  ViewMap view() {
    return page;
  }

  Losses losses() {
    return losses;
  }

  private static Object block(String anchor, String heading, List<?> items) {
    return items.isEmpty() ? "" : ViewMap.block(anchor, heading, items);
  }

  /**
   * Every label by key, and for a label with a value in it ({@code Grade {score}}) the text before
   * and after the value as {@code gradeBefore} and {@code gradeAfter}, for templates that put
   * markup between.
   */
  private static Object claimsBlock(ClaimViews views, Labels labels) {
    List<ViewMap> claims = views.claims();
    List<ViewMap> unclaimed = views.unclaimedEvidence();
    if (claims.isEmpty() && unclaimed.isEmpty()) {
      return "";
    }
    return ViewMap.block("claims", labels.get("claimsAndEvidence"), claims).with("otherEvidence", unclaimed);
  }

  private static Target requireTarget(Profile profile, String id) {
    return profile
        .target(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown target '" + id + "' ("
                        + (profile.targets().isEmpty()
                            ? "this profile has no targets"
                            : "known targets: "
                                + profile.targets().stream().map(Target::id).collect(Collectors.joining(", ")))
                        + ")"));
  }

  private static ViewMap person(Person person, ViewContext context) {
    context.extensions(person, "$.person");
    String name = text(person.name());
    List<ViewMap> contacts = new ArrayList<>();
    person.email().ifPresent(email -> contacts.add(contact("email", email,
        context.link(Optional.of("mailto:" + email.strip()), "$.person.email"))));
    person.phone().ifPresent(phone -> contacts.add(contact("phone", phone,
        context.link(Optional.of("tel:" + NOT_IN_PHONE_NUMBER.matcher(phone).replaceAll("")), "$.person.phone"))));
    String homepage = context.link(person.url(), "$.person.url");
    if (!homepage.isEmpty()) {
      contacts.add(contact("url", displayUrl(person.url().orElseThrow()), homepage));
    }
    String location = person.location().map(l -> location(l, context)).orElse("");
    List<ViewMap> links = new ArrayList<>();
    for (int i = 0; i < person.links().size(); i++) {
      Link link = person.links().get(i);
      String path = "$.person.links[" + i + "]";
      context.extensions(link, path);
      String href = context.link(link.url(), path + ".url");
      links.add(new ViewMap()
          .with("network", text(link.network()))
          .with("username", text(link.username()))
          .with("text", link.username().or(link::network).orElseGet(() -> link.url().map(PageModel::displayUrl).orElse("")))
          .with("href", href));
    }
    String image = context.image(person.image(), "$.person.image");
    return new ViewMap()
        .with("name", name)
        .with("label", text(person.label()))
        .with("image", image.isEmpty() ? "" : new ViewMap().with("src", image).with("alt", name.isEmpty()
            ? context.labels.get("portrait") : context.labels.format("portraitOf", "name", name)))
        .with("contacts", contacts)
        .with("hasContact", !contacts.isEmpty() || !location.isEmpty())
        .with("hasLinks", !links.isEmpty())
        .with("location", location)
        .with("summaryHtml", context.block(person.summary(), 1, "$.person.summary"))
        .with("links", links);
  }

  private static ViewMap contact(String kind, String text, String href) {
    return new ViewMap().with("kind", kind).with("text", text).with("href", href);
  }

  /** "mara.example.com" for "https://mara.example.com/": what people read on a CV. */
  static String displayUrl(String url) {
    String shown = HTTP_PREFIX.matcher(url.strip()).replaceFirst("");
    return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
  }

  private static String location(Location location, ViewContext context) {
    context.extensions(location, "$.person.location");
    String cityLine = EntryViews.join(" ", location.postalCode(), location.city());
    return EntryViews.join(", ", location.address(), Optional.of(cityLine), location.region(), location.countryCode());
  }

  private static List<ViewMap> sections(List<Section> sections, String path, int level, ViewContext context) {
    List<ViewMap> views = new ArrayList<>();
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      String sectionPath = path + "[" + i + "]";
      context.extensions(section, sectionPath);
      int headingLevel = Math.min(6, level);
      views.add(new ViewMap()
          .with("anchor", context.anchors.next(section.id(), "", section.title()))
          .with("title", section.title())
          .with("level", headingLevel)
          .with("bodyHtml", context.block(section.body(), headingLevel, sectionPath + ".body"))
          .with("sections", sections(section.sections(), sectionPath + ".sections", level + 1, context)));
    }
    return views;
  }

  private static Object meta(Profile profile, ViewContext context) {
    if (profile.meta().isEmpty()) {
      return "";
    }
    var meta = profile.meta().get();
    context.extensions(meta, "$.meta");
    String canonical = context.link(meta.canonical(), "$.meta.canonical");
    return new ViewMap()
        .with("version", text(meta.version()))
        .with("lastModified", text(meta.lastModified()))
        .with("lastModifiedIso", meta.lastModified().filter(PageModel::isDateTime).orElse(""))
        .with("lastModifiedText", meta.lastModified().map(text -> dayOf(text, context.dates)).orElse(""))
        .with("canonical", canonical);
  }

  /** "1 Nov 2026" for "2026-11-01T10:00:00"; the text as written when it is no date. */
  private static String dayOf(String lastModified, Dates dates) {
    String day = lastModified.length() >= 10 ? lastModified.substring(0, 10) : lastModified;
    return isDateTime(lastModified)
        ? PartialDate.tryParse(day).map(dates::text).orElse(lastModified)
        : lastModified;
  }

  private static boolean isDateTime(String text) {
    return DATE_TIME.matcher(text).matches();
  }
}
