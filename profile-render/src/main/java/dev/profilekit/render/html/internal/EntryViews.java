package dev.profilekit.render.html.internal;

import static dev.profilekit.render.html.internal.ViewContext.firstPresent;
import static dev.profilekit.render.html.internal.ViewContext.text;

import dev.profilekit.model.Award;
import dev.profilekit.model.Certificate;
import dev.profilekit.model.Education;
import dev.profilekit.model.Interest;
import dev.profilekit.model.Language;
import dev.profilekit.model.Project;
import dev.profilekit.model.Publication;
import dev.profilekit.model.Reference;
import dev.profilekit.model.Skill;
import dev.profilekit.model.Volunteer;
import dev.profilekit.model.Work;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The résumé parts of the view model: one view per entry, in the profile's order. */
final class EntryViews {
  /** Entry headings are h3, so Markdown headings inside an entry start at h4. */
  private static final int ENTRY_LEVEL = 3;

  private final ViewContext context;

  EntryViews(ViewContext context) {
    this.context = context;
  }

  List<ViewMap> work() {
    return each(context.profile.work(), "$.work", this::work);
  }

  private ViewMap work(Work work, String path) {
    String title = firstPresent(context.labels.get("position"), List.of(work.position(), work.name()));
    String anchor = context.anchors.next(work.id(), "work-", title);
    context.registerEntry(work.id(), anchor, join(" · ", work.position(), work.name()), "role");
    context.extensions(work, path);
    return new ViewMap()
        .with("anchor", anchor)
        .with("title", title)
        .with("position", text(work.position()))
        .with("organization", work.position().isPresent() ? text(work.name()) : "")
        .with("url", context.link(work.url(), path + ".url"))
        .with("urlText", work.url().map(PageModel::displayUrl).orElse(""))
        .with("location", text(work.location()))
        .with("description", text(work.description()))
        .with("period", context.dates.period(work.startDate(), work.endDate()))
        .with("summaryHtml", context.block(work.summary(), ENTRY_LEVEL, path + ".summary"))
        .with("highlights", inlines(work.highlights(), path + ".highlights"))
        .with("tags", work.tags());
  }

  List<ViewMap> volunteer() {
    return each(context.profile.volunteer(), "$.volunteer", this::volunteer);
  }

  private ViewMap volunteer(Volunteer entry, String path) {
    String title = firstPresent(context.labels.get("volunteer"), List.of(entry.position(), entry.organization()));
    String anchor = context.anchors.next(entry.id(), "volunteer-", title);
    context.registerEntry(entry.id(), anchor, join(" · ", entry.position(), entry.organization()), "volunteering");
    context.extensions(entry, path);
    return new ViewMap()
        .with("anchor", anchor)
        .with("title", title)
        .with("position", text(entry.position()))
        .with("organization", entry.position().isPresent() ? text(entry.organization()) : "")
        .with("url", context.link(entry.url(), path + ".url"))
        .with("urlText", entry.url().map(PageModel::displayUrl).orElse(""))
        .with("period", context.dates.period(entry.startDate(), entry.endDate()))
        .with("summaryHtml", context.block(entry.summary(), ENTRY_LEVEL, path + ".summary"))
        .with("highlights", inlines(entry.highlights(), path + ".highlights"))
        .with("tags", entry.tags());
  }

  List<ViewMap> education() {
    return each(context.profile.education(), "$.education", this::education);
  }

  private ViewMap education(Education entry, String path) {
    String degree = join(", ", entry.studyType(), entry.area());
    String title = firstPresent(context.labels.get("education"), List.of(Optional.of(degree), entry.institution()));
    String anchor = context.anchors.next(entry.id(), "education-", title);
    context.registerEntry(entry.id(), anchor, join(" · ", Optional.of(degree), entry.institution()), "education");
    context.extensions(entry, path);
    return new ViewMap()
        .with("anchor", anchor)
        .with("title", title)
        .with("studyType", text(entry.studyType()))
        .with("area", text(entry.area()))
        .with("institution", degree.isEmpty() ? "" : text(entry.institution()))
        .with("url", context.link(entry.url(), path + ".url"))
        .with("urlText", entry.url().map(PageModel::displayUrl).orElse(""))
        .with("period", context.dates.period(entry.startDate(), entry.endDate()))
        .with("score", text(entry.score()))
        .with("courses", entry.courses());
  }

  List<ViewMap> awards() {
    return each(context.profile.awards(), "$.awards", this::award);
  }

  private ViewMap award(Award award, String path) {
    String title = firstPresent(context.labels.get("award"), List.of(award.title()));
    String anchor = context.anchors.next(award.id(), "award-", title);
    context.registerEntry(award.id(), anchor, title, "award");
    context.extensions(award, path);
    return new ViewMap()
        .with("anchor", anchor)
        .with("title", title)
        .with("date", award.date().map(context.dates::date).orElse(null))
        .with("awarder", text(award.awarder()))
        .with("summaryHtml", context.block(award.summary(), ENTRY_LEVEL, path + ".summary"));
  }

  List<ViewMap> certificates() {
    return each(context.profile.certificates(), "$.certificates", this::certificate);
  }

  private ViewMap certificate(Certificate certificate, String path) {
    String title = firstPresent(context.labels.get("certificate"), List.of(certificate.name()));
    String anchor = context.anchors.next(certificate.id(), "certificate-", title);
    context.registerEntry(certificate.id(), anchor, title, "certificate");
    context.extensions(certificate, path);
    return new ViewMap()
        .with("anchor", anchor)
        .with("title", title)
        .with("date", certificate.date().map(context.dates::date).orElse(null))
        .with("url", context.link(certificate.url(), path + ".url"))
        .with("urlText", certificate.url().map(PageModel::displayUrl).orElse(""))
        .with("issuer", text(certificate.issuer()));
  }

  List<ViewMap> publications() {
    return each(context.profile.publications(), "$.publications", this::publication);
  }

  private ViewMap publication(Publication publication, String path) {
    String title = firstPresent(context.labels.get("publication"), List.of(publication.name()));
    String anchor = context.anchors.next(publication.id(), "publication-", title);
    context.registerEntry(publication.id(), anchor, title, "publication");
    context.extensions(publication, path);
    return new ViewMap()
        .with("anchor", anchor)
        .with("title", title)
        .with("publisher", text(publication.publisher()))
        .with("date", publication.releaseDate().map(context.dates::date).orElse(null))
        .with("url", context.link(publication.url(), path + ".url"))
        .with("urlText", publication.url().map(PageModel::displayUrl).orElse(""))
        .with("summaryHtml", context.block(publication.summary(), ENTRY_LEVEL, path + ".summary"));
  }

  List<ViewMap> skills() {
    return each(context.profile.skills(), "$.skills", this::skill);
  }

  private ViewMap skill(Skill skill, String path) {
    String title = firstPresent(context.labels.get("skill"), List.of(skill.name(), skill.id()));
    String anchor = context.anchors.next(skill.id(), "skill-", title);
    context.registerEntry(skill.id(), anchor, title, "skill");
    context.extensions(skill, path);
    return new ViewMap()
        .with("anchor", anchor)
        .with("title", title)
        .with("level", text(skill.level()))
        .with("keywords", skill.keywords());
  }

  List<ViewMap> languages() {
    return each(
        context.profile.languages(),
        "$.languages",
        (Language language, String path) -> {
          context.extensions(language, path);
          return new ViewMap()
              .with("language", firstPresent(context.labels.get("language"), List.of(language.language())))
              .with("fluency", text(language.fluency()));
        });
  }

  List<ViewMap> interests() {
    return each(
        context.profile.interests(),
        "$.interests",
        (Interest interest, String path) -> {
          context.extensions(interest, path);
          return new ViewMap()
              .with("name", firstPresent(context.labels.get("interest"), List.of(interest.name())))
              .with("keywords", interest.keywords());
        });
  }

  List<ViewMap> references() {
    return each(
        context.profile.references(),
        "$.references",
        (Reference reference, String path) -> {
          context.extensions(reference, path);
          return new ViewMap()
              .with("name", text(reference.name()))
              .with("referenceHtml", context.block(reference.reference(), ENTRY_LEVEL, path + ".reference"));
        });
  }

  List<ViewMap> projects() {
    return each(context.profile.projects(), "$.projects", this::project);
  }

  private ViewMap project(Project project, String path) {
    String title = firstPresent(context.labels.get("project"), List.of(project.name()));
    String anchor = context.anchors.next(project.id(), "project-", title);
    context.registerEntry(project.id(), anchor, title, "project");
    context.extensions(project, path);
    return new ViewMap()
        .with("anchor", anchor)
        .with("title", title)
        .with("descriptionHtml", context.block(project.description(), ENTRY_LEVEL, path + ".description"))
        .with("highlights", inlines(project.highlights(), path + ".highlights"))
        .with("keywords", project.keywords())
        .with("period", context.dates.period(project.startDate(), project.endDate()))
        .with("url", context.link(project.url(), path + ".url"))
        .with("urlText", project.url().map(PageModel::displayUrl).orElse(""))
        .with("roles", String.join(", ", project.roles()))
        .with("entity", text(project.entity()))
        .with("type", text(project.type()))
        .with("tags", merged(project.keywords(), project.tags()));
  }

  /** Keywords and tags, each once (tags often repeat a keyword in lower case). */
  private static List<String> merged(List<String> first, List<String> second) {
    Map<String, String> byKey = new LinkedHashMap<>();
    Stream.concat(first.stream(), second.stream())
        .forEach(word -> byKey.putIfAbsent(word.strip().toLowerCase(Locale.ROOT), word));
    return List.copyOf(byKey.values());
  }

  private List<String> inlines(List<String> texts, String path) {
    List<String> html = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      html.add(context.inline(texts.get(i), path + "[" + i + "]"));
    }
    return html;
  }

  static String join(String separator, Optional<?>... parts) {
    return Stream.of(parts)
        .flatMap(Optional::stream)
        .map(Object::toString)
        .filter(s -> !s.isBlank())
        .collect(Collectors.joining(separator));
  }

  static <T> List<ViewMap> each(List<T> items, String path, BiFunction<T, String, ViewMap> view) {
    List<ViewMap> views = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      views.add(view.apply(items.get(i), path + "[" + i + "]"));
    }
    return views;
  }
}
