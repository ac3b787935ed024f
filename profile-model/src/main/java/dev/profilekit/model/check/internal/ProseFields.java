package dev.profilekit.model.check.internal;

import dev.profilekit.model.Award;
import dev.profilekit.model.Certificate;
import dev.profilekit.model.Claim;
import dev.profilekit.model.Education;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.Identified;
import dev.profilekit.model.Interest;
import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Project;
import dev.profilekit.model.Publication;
import dev.profilekit.model.Reference;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Section;
import dev.profilekit.model.Skill;
import dev.profilekit.model.Target;
import dev.profilekit.model.Volunteer;
import dev.profilekit.model.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every field of a profile a person writes prose in — names, summaries, highlights, section
 * bodies, claims, evidence, postings — in document order. Ids, URLs, dates and tags are not
 * prose and are left out.
 */
public final class ProseFields {
  private final List<ProseField> fields = new ArrayList<>();

  private ProseFields() {}

  public static List<ProseField> of(Profile profile) {
    ProseFields walk = new ProseFields();
    walk.person(profile.person());
    walk.sections(profile.sections(), "$.sections");
    walk.each(profile.work(), "$.work", walk::work);
    walk.each(profile.volunteer(), "$.volunteer", walk::volunteer);
    walk.each(profile.education(), "$.education", walk::education);
    walk.each(profile.awards(), "$.awards", walk::award);
    walk.each(profile.certificates(), "$.certificates", walk::certificate);
    walk.each(profile.publications(), "$.publications", walk::publication);
    walk.each(profile.skills(), "$.skills", walk::skill);
    walk.each(profile.languages(), "$.languages", (language, path) -> {
      walk.add(path + ".language", "language", language.language());
      walk.add(path + ".fluency", "language", language.fluency());
    });
    walk.each(profile.interests(), "$.interests", walk::interest);
    walk.each(profile.references(), "$.references", walk::reference);
    walk.each(profile.projects(), "$.projects", walk::project);
    walk.each(profile.claims(), "$.claims", walk::claim);
    walk.each(profile.evidence(), "$.evidence", walk::evidence);
    walk.each(profile.targets(), "$.targets", walk::target);
    return List.copyOf(walk.fields);
  }

  private void person(Person person) {
    add("$.person.name", "person", person.name());
    add("$.person.label", "person", person.label());
    add("$.person.summary", "person", person.summary());
  }

  private void sections(List<Section> sections, String path) {
    each(sections, path, (section, sectionPath) -> {
      String owner = "section \"" + section.title() + "\"";
      add(sectionPath + ".title", owner, Optional.of(section.title()));
      add(sectionPath + ".body", owner, section.body());
      sections(section.sections(), sectionPath + ".sections");
    });
  }

  private void work(Work work, String path) {
    String owner = owner("work entry", work, work.name());
    add(path + ".name", owner, work.name());
    add(path + ".position", owner, work.position());
    add(path + ".description", owner, work.description());
    add(path + ".summary", owner, work.summary());
    texts(path + ".highlights", owner, work.highlights());
  }

  private void volunteer(Volunteer volunteer, String path) {
    String owner = owner("volunteer entry", volunteer, volunteer.organization());
    add(path + ".organization", owner, volunteer.organization());
    add(path + ".position", owner, volunteer.position());
    add(path + ".summary", owner, volunteer.summary());
    texts(path + ".highlights", owner, volunteer.highlights());
  }

  private void education(Education education, String path) {
    String owner = owner("education entry", education, education.institution());
    add(path + ".institution", owner, education.institution());
    add(path + ".area", owner, education.area());
    add(path + ".studyType", owner, education.studyType());
    texts(path + ".courses", owner, education.courses());
  }

  private void award(Award award, String path) {
    String owner = owner("award", award, award.title());
    add(path + ".title", owner, award.title());
    add(path + ".summary", owner, award.summary());
  }

  private void certificate(Certificate certificate, String path) {
    add(path + ".name", owner("certificate", certificate, certificate.name()), certificate.name());
  }

  private void publication(Publication publication, String path) {
    String owner = owner("publication", publication, publication.name());
    add(path + ".name", owner, publication.name());
    add(path + ".summary", owner, publication.summary());
  }

  private void skill(Skill skill, String path) {
    String owner = owner("skill", skill, skill.name());
    add(path + ".name", owner, skill.name());
    add(path + ".level", owner, skill.level());
  }

  private void interest(Interest interest, String path) {
    add(path + ".name", "interest", interest.name());
  }

  private void reference(Reference reference, String path) {
    String owner = reference.name().map(name -> "reference from " + name).orElse("reference");
    add(path + ".reference", owner, reference.reference());
  }

  private void project(Project project, String path) {
    String owner = owner("project", project, project.name());
    add(path + ".name", owner, project.name());
    add(path + ".description", owner, project.description());
    texts(path + ".highlights", owner, project.highlights());
  }

  private void claim(Claim claim, String path) {
    add(path + ".statement", "claim `" + claim.id() + "`", Optional.of(claim.statement()));
  }

  private void evidence(Evidence evidence, String path) {
    String owner = "evidence `" + evidence.id() + "`";
    add(path + ".summary", owner, Optional.of(evidence.summary()));
    add(path + ".source", owner, evidence.source());
    evidence.metric().ifPresent(metric -> add(path + ".metric.name", owner, Optional.of(metric.name())));
  }

  private void target(Target target, String path) {
    String owner = "target `" + target.id() + "`";
    add(path + ".title", owner, Optional.of(target.title()));
    add(path + ".description", owner, target.description());
    texts(path + ".responsibilities", owner, target.responsibilities());
    each(target.groups(), path + ".groups", (RequirementGroup group, String groupPath) -> {
      add(groupPath + ".title", owner, group.title());
      each(group.requirements(), groupPath + ".requirements", (Requirement requirement, String rPath) ->
          add(rPath + ".text", requirement.id().map(id -> "requirement `" + id + "`").orElse(owner),
              Optional.of(requirement.text())));
    });
  }

  private static String owner(String kind, Identified entry, Optional<String> name) {
    return entry.id().map(id -> kind + " `" + id + "`")
        .or(() -> name.map(n -> kind + " \"" + n + "\""))
        .orElse(kind);
  }

  private void texts(String path, String owner, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      add(path + "[" + i + "]", owner, Optional.of(texts.get(i)));
    }
  }

  private void add(String path, String owner, Optional<String> text) {
    text.ifPresent(value -> fields.add(new ProseField(path, owner, value)));
  }

  private interface Visitor<T> {
    void visit(T item, String path);
  }

  private <T> void each(List<T> items, String path, Visitor<T> visitor) {
    for (int i = 0; i < items.size(); i++) {
      visitor.visit(items.get(i), path + "[" + i + "]");
    }
  }
}
