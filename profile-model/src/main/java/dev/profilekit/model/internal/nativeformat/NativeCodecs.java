package dev.profilekit.model.internal.nativeformat;

import static dev.profilekit.model.internal.codec.Codecs.DATE;
import static dev.profilekit.model.internal.codec.Codecs.TEXT;

import dev.profilekit.model.Award;
import dev.profilekit.model.Certificate;
import dev.profilekit.model.Claim;
import dev.profilekit.model.Education;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.Interest;
import dev.profilekit.model.Language;
import dev.profilekit.model.Link;
import dev.profilekit.model.Location;
import dev.profilekit.model.Meta;
import dev.profilekit.model.Overlay;
import dev.profilekit.model.Metric;
import dev.profilekit.model.Person;
import dev.profilekit.model.Priority;
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
import dev.profilekit.model.internal.codec.Codec;
import dev.profilekit.model.internal.codec.Codecs;
import dev.profilekit.model.internal.overlay.OverlayFileNames;
import dev.profilekit.model.internal.codec.ObjectCodec;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The native format, type by type: key names, order, what is required. The native reader, the
 * writer and the published JSON Schema all come from these descriptions, so they cannot drift.
 */
public final class NativeCodecs {
  private NativeCodecs() {}

  private static final String X = "x-";
  private static final String MARKDOWN = " (Markdown)";

  static final Codec<String> ID = TEXT;

  public static final ObjectCodec<Location, Location.Builder> LOCATION =
      ObjectCodec.describe(Location.class, "location", "Where the person is.", Location::builder, Location.Builder::build)
          .optional("address", TEXT, Location::address, Location.Builder::address, "Street address")
          .optional("postalCode", TEXT, Location::postalCode, Location.Builder::postalCode, "Postal code")
          .optional("city", TEXT, Location::city, Location.Builder::city, "City")
          .optional("countryCode", TEXT, Location::countryCode, Location.Builder::countryCode, "ISO 3166-1 country code, e.g. DE")
          .optional("region", TEXT, Location::region, Location.Builder::region, "Region or state")
          .extensions(X, Location::extensions, Location.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Link, Link.Builder> LINK =
      ObjectCodec.describe(Link.class, "link", "A profile on another site.", Link::builder, Link.Builder::build)
          .optional("network", TEXT, Link::network, Link.Builder::network, "The site, e.g. GitHub")
          .optional("username", TEXT, Link::username, Link.Builder::username, "The user name there")
          .optional("url", TEXT, Link::url, Link.Builder::url, "The address of the profile")
          .extensions(X, Link::extensions, Link.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Person, Person.Builder> PERSON =
      ObjectCodec.describe(Person.class, "person", "Who the profile is about.", Person::builder, Person.Builder::build)
          .optional("name", TEXT, Person::name, Person.Builder::name, "Full name")
          .optional("label", TEXT, Person::label, Person.Builder::label, "Headline, e.g. Research engineer")
          .optional("image", TEXT, Person::image, Person.Builder::image, "URL of a photo")
          .optional("email", TEXT, Person::email, Person.Builder::email, "Email address")
          .optional("phone", TEXT, Person::phone, Person.Builder::phone, "Phone number")
          .optional("url", TEXT, Person::url, Person.Builder::url, "Personal website")
          .optional("summary", TEXT, Person::summary, Person.Builder::summary, "A short introduction" + MARKDOWN)
          .optional("location", LOCATION, Person::location, Person.Builder::location, "Where the person is")
          .list("links", LINK, Person::links, Person.Builder::addAllLinks, "Profiles on other sites")
          .extensions(X, Person::extensions, Person.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Section, Section.Builder> SECTION = section();

  private static ObjectCodec<Section, Section.Builder> section() {
    // Sections nest: the codec refers to itself through a forwarding codec.
    Codec<Section> self =
        new Codec<>() {
          @Override
          public Section read(Node node, String path, ReadContext context) {
            return SECTION.read(node, path, context);
          }

          @Override
          public Object write(Section value) {
            return SECTION.write(value);
          }

          @Override
          public Object normalize(Object plain) {
            return SECTION.normalize(plain);
          }

          @Override
          public Map<String, Object> schema() {
            return Map.of("$ref", "#/$defs/section");
          }
        };
    return ObjectCodec.describe(Section.class, "section", "Narrative content: a heading, a Markdown body and sub-sections, in order.", Section::builder, Section.Builder::build)
        .optional("id", ID, Section::id, Section.Builder::id, "A stable id, unique in the profile")
        .required("title", TEXT, Section::title, Section.Builder::title, "The heading")
        .optional("body", TEXT, Section::body, Section.Builder::body, "The text" + MARKDOWN)
        .list("sections", self, Section::sections, Section.Builder::addAllSections, "Sub-sections, in order")
        .extensions(X, Section::extensions, Section.Builder::putAllExtensions)
        .build();
  }

  public static final ObjectCodec<Work, Work.Builder> WORK =
      ObjectCodec.describe(Work.class, "work entry", "A position held at an organisation.", Work::builder, Work.Builder::build)
          .optional("id", ID, Work::id, Work.Builder::id, "A stable id, unique in the profile")
          .optional("name", TEXT, Work::name, Work.Builder::name, "The organisation")
          .optional("location", TEXT, Work::location, Work.Builder::location, "Where")
          .optional("description", TEXT, Work::description, Work.Builder::description, "What the organisation does")
          .optional("position", TEXT, Work::position, Work.Builder::position, "The role")
          .optional("url", TEXT, Work::url, Work.Builder::url, "The organisation's website")
          .optional("startDate", DATE, Work::startDate, Work.Builder::startDate, "When it started")
          .optional("endDate", DATE, Work::endDate, Work.Builder::endDate, "When it ended; absent means to the present")
          .optional("summary", TEXT, Work::summary, Work.Builder::summary, "What the person did" + MARKDOWN)
          .list("highlights", TEXT, Work::highlights, Work.Builder::addAllHighlights, "Accomplishments")
          .list("tags", TEXT, Work::tags, Work.Builder::addAllTags, "Skills this role demonstrates")
          .extensions(X, Work::extensions, Work.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Volunteer, Volunteer.Builder> VOLUNTEER =
      ObjectCodec.describe(Volunteer.class, "volunteer entry", "Volunteer work.", Volunteer::builder, Volunteer.Builder::build)
          .optional("id", ID, Volunteer::id, Volunteer.Builder::id, "A stable id, unique in the profile")
          .optional("organization", TEXT, Volunteer::organization, Volunteer.Builder::organization, "The organisation")
          .optional("position", TEXT, Volunteer::position, Volunteer.Builder::position, "The role")
          .optional("url", TEXT, Volunteer::url, Volunteer.Builder::url, "The organisation's website")
          .optional("startDate", DATE, Volunteer::startDate, Volunteer.Builder::startDate, "When it started")
          .optional("endDate", DATE, Volunteer::endDate, Volunteer.Builder::endDate, "When it ended")
          .optional("summary", TEXT, Volunteer::summary, Volunteer.Builder::summary, "What the person did" + MARKDOWN)
          .list("highlights", TEXT, Volunteer::highlights, Volunteer.Builder::addAllHighlights, "Accomplishments")
          .list("tags", TEXT, Volunteer::tags, Volunteer.Builder::addAllTags, "Skills this role demonstrates")
          .extensions(X, Volunteer::extensions, Volunteer.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Education, Education.Builder> EDUCATION =
      ObjectCodec.describe(Education.class, "education entry", "A course of study.", Education::builder, Education.Builder::build)
          .optional("id", ID, Education::id, Education.Builder::id, "A stable id, unique in the profile")
          .optional("institution", TEXT, Education::institution, Education.Builder::institution, "The school or university")
          .optional("url", TEXT, Education::url, Education.Builder::url, "Its website")
          .optional("area", TEXT, Education::area, Education.Builder::area, "Field of study")
          .optional("studyType", TEXT, Education::studyType, Education.Builder::studyType, "Degree, e.g. MSc")
          .optional("startDate", DATE, Education::startDate, Education.Builder::startDate, "When it started")
          .optional("endDate", DATE, Education::endDate, Education.Builder::endDate, "When it ended")
          .optional("score", TEXT, Education::score, Education.Builder::score, "Grade")
          .list("courses", TEXT, Education::courses, Education.Builder::addAllCourses, "Notable courses")
          .extensions(X, Education::extensions, Education.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Award, Award.Builder> AWARD =
      ObjectCodec.describe(Award.class, "award", "An award or honour.", Award::builder, Award.Builder::build)
          .optional("id", ID, Award::id, Award.Builder::id, "A stable id, unique in the profile")
          .optional("title", TEXT, Award::title, Award.Builder::title, "The award")
          .optional("date", DATE, Award::date, Award.Builder::date, "When it was given")
          .optional("awarder", TEXT, Award::awarder, Award.Builder::awarder, "Who gave it")
          .optional("summary", TEXT, Award::summary, Award.Builder::summary, "What it was for" + MARKDOWN)
          .extensions(X, Award::extensions, Award.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Certificate, Certificate.Builder> CERTIFICATE =
      ObjectCodec.describe(Certificate.class, "certificate", "A certificate or credential.", Certificate::builder, Certificate.Builder::build)
          .optional("id", ID, Certificate::id, Certificate.Builder::id, "A stable id, unique in the profile")
          .optional("name", TEXT, Certificate::name, Certificate.Builder::name, "The certificate")
          .optional("date", DATE, Certificate::date, Certificate.Builder::date, "When it was issued")
          .optional("url", TEXT, Certificate::url, Certificate.Builder::url, "Where to verify it")
          .optional("issuer", TEXT, Certificate::issuer, Certificate.Builder::issuer, "Who issued it")
          .extensions(X, Certificate::extensions, Certificate.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Publication, Publication.Builder> PUBLICATION =
      ObjectCodec.describe(Publication.class, "publication", "A publication.", Publication::builder, Publication.Builder::build)
          .optional("id", ID, Publication::id, Publication.Builder::id, "A stable id, unique in the profile")
          .optional("name", TEXT, Publication::name, Publication.Builder::name, "The title")
          .optional("publisher", TEXT, Publication::publisher, Publication.Builder::publisher, "Journal, conference or publisher")
          .optional("releaseDate", DATE, Publication::releaseDate, Publication.Builder::releaseDate, "When it was published")
          .optional("url", TEXT, Publication::url, Publication.Builder::url, "Where to read it")
          .optional("summary", TEXT, Publication::summary, Publication.Builder::summary, "What it is about" + MARKDOWN)
          .extensions(X, Publication::extensions, Publication.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Skill, Skill.Builder> SKILL =
      ObjectCodec.describe(Skill.class, "skill", "A skill, with keywords.", Skill::builder, Skill.Builder::build)
          .optional("id", ID, Skill::id, Skill.Builder::id, "A stable id, unique in the profile; claims and entries tag it")
          .optional("name", TEXT, Skill::name, Skill.Builder::name, "The skill")
          .optional("level", TEXT, Skill::level, Skill.Builder::level, "How good, e.g. Expert")
          .list("keywords", TEXT, Skill::keywords, Skill.Builder::addAllKeywords, "Related keywords")
          .extensions(X, Skill::extensions, Skill.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Language, Language.Builder> LANGUAGE =
      ObjectCodec.describe(Language.class, "language", "A language spoken.", Language::builder, Language.Builder::build)
          .optional("language", TEXT, Language::language, Language.Builder::language, "The language")
          .optional("fluency", TEXT, Language::fluency, Language.Builder::fluency, "How well, e.g. Native speaker")
          .extensions(X, Language::extensions, Language.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Interest, Interest.Builder> INTEREST =
      ObjectCodec.describe(Interest.class, "interest", "An interest.", Interest::builder, Interest.Builder::build)
          .optional("name", TEXT, Interest::name, Interest.Builder::name, "The interest")
          .list("keywords", TEXT, Interest::keywords, Interest.Builder::addAllKeywords, "Related keywords")
          .extensions(X, Interest::extensions, Interest.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Reference, Reference.Builder> REFERENCE =
      ObjectCodec.describe(Reference.class, "reference", "A reference from someone who worked with the person.", Reference::builder, Reference.Builder::build)
          .optional("name", TEXT, Reference::name, Reference.Builder::name, "Who gives it")
          .optional("reference", TEXT, Reference::reference, Reference.Builder::reference, "What they say" + MARKDOWN)
          .extensions(X, Reference::extensions, Reference.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Project, Project.Builder> PROJECT =
      ObjectCodec.describe(Project.class, "project", "A project.", Project::builder, Project.Builder::build)
          .optional("id", ID, Project::id, Project.Builder::id, "A stable id, unique in the profile")
          .optional("name", TEXT, Project::name, Project.Builder::name, "The project")
          .optional("description", TEXT, Project::description, Project.Builder::description, "What it is" + MARKDOWN)
          .list("highlights", TEXT, Project::highlights, Project.Builder::addAllHighlights, "Accomplishments")
          .list("keywords", TEXT, Project::keywords, Project.Builder::addAllKeywords, "Technologies and topics")
          .optional("startDate", DATE, Project::startDate, Project.Builder::startDate, "When it started")
          .optional("endDate", DATE, Project::endDate, Project.Builder::endDate, "When it ended")
          .optional("url", TEXT, Project::url, Project.Builder::url, "Where to see it")
          .list("roles", TEXT, Project::roles, Project.Builder::addAllRoles, "The person's roles")
          .optional("entity", TEXT, Project::entity, Project.Builder::entity, "The organisation behind it")
          .optional("type", TEXT, Project::type, Project.Builder::type, "Kind of project, e.g. application")
          .list("tags", TEXT, Project::tags, Project.Builder::addAllTags, "Skills this project demonstrates")
          .extensions(X, Project::extensions, Project.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Claim, Claim.Builder> CLAIM =
      ObjectCodec.describe(Claim.class, "claim", "A statement about the person, backed by evidence.", Claim::builder, Claim.Builder::build)
          .required("id", ID, Claim::id, Claim.Builder::id, "A stable id, unique in the profile")
          .required("statement", TEXT, Claim::statement, Claim.Builder::statement, "The claim" + MARKDOWN)
          .list("tags", TEXT, Claim::tags, Claim.Builder::addAllTags, "Skills the claim is about")
          .list("evidence", ID, Claim::evidence, Claim.Builder::addAllEvidence, "Ids of the evidence backing it")
          .flag("draft", Claim::draft, Claim.Builder::draft, "Still being written")
          .extensions(X, Claim::extensions, Claim.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Metric, Metric.Builder> METRIC =
      ObjectCodec.describe(Metric.class, "metric", "A measured outcome.", Metric::builder, Metric.Builder::build)
          .required("name", TEXT, Metric::name, Metric.Builder::name, "What was measured, e.g. accuracy")
          .optional("before", TEXT, Metric::before, Metric.Builder::before, "The value before")
          .required("after", TEXT, Metric::after, Metric.Builder::after, "The value after")
          .optional("unit", TEXT, Metric::unit, Metric.Builder::unit, "The unit, e.g. %")
          .extensions(X, Metric::extensions, Metric.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Evidence, Evidence.Builder> EVIDENCE =
      ObjectCodec.describe(Evidence.class, "evidence", "Something that backs a claim.", Evidence::builder, Evidence.Builder::build)
          .required("id", ID, Evidence::id, Evidence.Builder::id, "A stable id, unique in the profile")
          .required("kind", Codecs.enumOf(EvidenceKind.class, EvidenceKind::id, "kind of evidence"), Evidence::kind, Evidence.Builder::kind, "What kind of evidence")
          .required("summary", TEXT, Evidence::summary, Evidence.Builder::summary, "What it shows" + MARKDOWN)
          .optional("url", TEXT, Evidence::url, Evidence.Builder::url, "Where to see it")
          .optional("date", DATE, Evidence::date, Evidence.Builder::date, "When")
          .optional("metric", METRIC, Evidence::metric, Evidence.Builder::metric, "A measured outcome")
          .optional("source", TEXT, Evidence::source, Evidence.Builder::source, "Who said it, for a testimonial")
          .list("refs", ID, Evidence::refs, Evidence.Builder::addAllRefs, "Ids of the entries it comes from")
          .list("tags", TEXT, Evidence::tags, Evidence.Builder::addAllTags, "Skills it demonstrates")
          .extensions(X, Evidence::extensions, Evidence.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Requirement, Requirement.Builder> REQUIREMENT =
      ObjectCodec.describe(Requirement.class, "requirement", "One requirement of a posting.", Requirement::builder, Requirement.Builder::build)
          .optional("id", ID, Requirement::id, Requirement.Builder::id, "A stable id, unique in the profile")
          .required("text", TEXT, Requirement::text, Requirement.Builder::text, "As the posting words it")
          .list("claims", ID, Requirement::claims, Requirement.Builder::addAllClaims, "Ids of the claims answering it")
          .extensions(X, Requirement::extensions, Requirement.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<RequirementGroup, RequirementGroup.Builder> REQUIREMENT_GROUP =
      ObjectCodec.describe(RequirementGroup.class, "requirement group", "A group of requirements.", RequirementGroup::builder, RequirementGroup.Builder::build)
          .optional("title", TEXT, RequirementGroup::title, RequirementGroup.Builder::title, "The group's heading, e.g. You may be a good fit if you")
          .withDefault("priority", Codecs.enumOf(Priority.class, Priority::id, "priority"), RequirementGroup::priority, Priority.REQUIRED, RequirementGroup.Builder::priority, "required or preferred")
          .list("requirements", REQUIREMENT, RequirementGroup::requirements, RequirementGroup.Builder::addAllRequirements, "The requirements")
          .extensions(X, RequirementGroup::extensions, RequirementGroup.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Target, Target.Builder> TARGET =
      ObjectCodec.describe(Target.class, "target", "A job posting or call the person answers.", Target::builder, Target.Builder::build)
          .required("id", ID, Target::id, Target.Builder::id, "A stable id, unique in the profile")
          .required("title", TEXT, Target::title, Target.Builder::title, "The role or call")
          .optional("organization", TEXT, Target::organization, Target.Builder::organization, "Who posted it")
          .optional("url", TEXT, Target::url, Target.Builder::url, "Where it is posted")
          .optional("date", DATE, Target::date, Target.Builder::date, "When it was posted")
          .optional("description", TEXT, Target::description, Target.Builder::description, "About the role" + MARKDOWN)
          .list("responsibilities", TEXT, Target::responsibilities, Target.Builder::addAllResponsibilities, "What the role involves")
          .list("groups", REQUIREMENT_GROUP, Target::groups, Target.Builder::addAllGroups, "Requirement groups")
          .extensions(X, Target::extensions, Target.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Meta, Meta.Builder> META =
      ObjectCodec.describe(Meta.class, "meta", "About the profile document.", Meta::builder, Meta.Builder::build)
          .optional("canonical", TEXT, Meta::canonical, Meta.Builder::canonical, "The document's canonical URL")
          .optional("version", TEXT, Meta::version, Meta.Builder::version, "The document's version")
          .optional("lastModified", TEXT, Meta::lastModified, Meta.Builder::lastModified, "When it was last changed")
          .extensions(X, Meta::extensions, Meta.Builder::putAllExtensions)
          .build();

  /** The format version: 1. A larger number was written by a newer Profile Kit. */
  static final Codec<Long> SCHEMA_VERSION =
      new Codec<>() {
        @Override
        public Long read(Node node, String path, ReadContext context) {
          Object value = node instanceof Node.ScalarNode ? ((Node.ScalarNode) node).value() : null;
          if (value instanceof java.math.BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            // 1.0 means 1, but a version is a whole number: say so rather than "found a number".
            context.error("wrong-type", "schemaVersion is " + decimal.toPlainString() + ", and must be the whole number "
                + Profile.SCHEMA_VERSION, path, node.position(), "write " + Profile.SCHEMA_VERSION + ": `schemaVersion: " + Profile.SCHEMA_VERSION + "`");
            return null;
          }
          if (!(value instanceof Long)) {
            context.error("wrong-type", "expected the number " + Profile.SCHEMA_VERSION + ", found " + node.describe(), path, node.position(), "write `schemaVersion: " + Profile.SCHEMA_VERSION + "`");
            return null;
          }
          long version = (Long) value;
          if (version > Profile.SCHEMA_VERSION) {
            context.error("newer-version", "this profile was written by a newer version of Profile Kit (schemaVersion " + version + "); this version reads " + Profile.SCHEMA_VERSION, path, node.position(), "upgrade Profile Kit");
            return null;
          }
          if (version < 1) {
            context.error("bad-value", "schemaVersion must be " + Profile.SCHEMA_VERSION + ", found " + version, path, node.position(), null);
            return null;
          }
          return version;
        }

        @Override
        public Object write(Long value) {
          return value;
        }

        @Override
        public Object normalize(Object plain) {
          // Lower versions than this one are read as this one; only they would need a word.
          return plain instanceof Long && (Long) plain == Profile.SCHEMA_VERSION ? plain : NEEDS_MODEL;
        }

        @Override
        public Map<String, Object> schema() {
          return Map.of("const", Profile.SCHEMA_VERSION);
        }
      };

  /** Front matter: any mapping, kept as written. */
  static final Codec<Map<String, Object>> FRONT_MATTER =
      new Codec<>() {
        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> read(Node node, String path, ReadContext context) {
          if (!(node instanceof Node.MapNode)) {
            context.error("wrong-type", "expected a mapping, found " + node.describe(), path, node.position(), null);
            return null;
          }
          return (Map<String, Object>) Codecs.ANY.read(node, path, context);
        }

        @Override
        public Object write(Map<String, Object> value) {
          return value;
        }

        @Override
        public Object normalize(Object plain) {
          return plain instanceof Map ? Codecs.ANY.normalize(plain) : NEEDS_MODEL;
        }

        @Override
        public Map<String, Object> schema() {
          return Map.of("type", "object");
        }
      };

  /**
   * Overlays by tag or name, each a partial profile kept as written; {@code OverlayResolver}
   * checks them against the base once the base has been read.
   */
  static final Codec<Map<String, Overlay>> OVERLAYS =
      new Codec<>() {
        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Overlay> read(Node node, String path, ReadContext context) {
          if (!(node instanceof Node.MapNode map)) {
            context.error("wrong-type", "expected a mapping of names to partial profiles, found " + node.describe(), path, node.position(), null);
            return null;
          }
          Map<String, Overlay> overlays = new LinkedHashMap<>();
          boolean failed = false;
          for (Node.Member member : map.members().values()) {
            String memberPath = dev.profilekit.model.internal.codec.Paths.key(path, member.key());
            if (member.value() instanceof Node.ScalarNode scalar && scalar.value() instanceof String file) {
              String problem = OverlayFileNames.problem(file);
              if (problem != null) {
                context.error("bad-overlay-file", "the overlay file `" + file + "` " + problem, memberPath, scalar.position(),
                    "name a .yaml, .yml or .json file in the profile's directory or below it, e.g. me." + member.key() + ".yaml");
                failed = true;
              } else {
                overlays.put(member.key(), Overlay.inFile(file));
              }
              continue;
            }
            if (!(member.value() instanceof Node.MapNode)) {
              context.error("wrong-type", "expected a partial profile (a mapping) or the name of its file, found "
                  + member.value().describe(), memberPath,
                  member.value().position(), "write the fields it changes, e.g. `person: {label: …}`, or a file such as me."
                      + member.key() + ".yaml");
              failed = true;
              continue;
            }
            overlays.put(member.key(), Overlay.of((Map<String, Object>) Codecs.ANY.read(member.value(), memberPath, context)));
          }
          return failed ? null : overlays;
        }

        @Override
        public Object write(Map<String, Overlay> value) {
          Map<String, Object> tree = new LinkedHashMap<>();
          value.forEach((name, overlay) -> tree.put(name, overlay.file().<Object>map(file -> file).orElse(overlay.changes())));
          return tree;
        }

        @Override
        public Map<String, Object> schema() {
          return Codecs.ordered("type", "object", "additionalProperties", Codecs.ordered("type", List.of("object", "string"),
              "description", "a partial profile, or the name of the file beside the profile that holds it (me.de.yaml)"));
        }
      };

  public static final ObjectCodec<Profile, Profile.Builder> PROFILE =
      ObjectCodec.describe(Profile.class, "profile", "A professional profile (Profile Kit native format).", Profile::builder, Profile.Builder::build)
          .required("schemaVersion", SCHEMA_VERSION, profile -> (long) Profile.SCHEMA_VERSION, (builder, version) -> { }, "The format version: " + Profile.SCHEMA_VERSION)
          .withDefault("person", PERSON, Profile::person, Person.builder().build(), Profile.Builder::person, "Who the profile is about")
          .withDefault("frontMatter", FRONT_MATTER, Profile::frontMatter, Map.of(), Profile.Builder::putAllFrontMatter, "Front matter for Markdown pages (layout, permalink…)")
          .list("sections", SECTION, Profile::sections, Profile.Builder::addAllSections, "Narrative sections, in order")
          .list("work", WORK, Profile::work, Profile.Builder::addAllWork, "Work experience")
          .list("volunteer", VOLUNTEER, Profile::volunteer, Profile.Builder::addAllVolunteer, "Volunteer work")
          .list("education", EDUCATION, Profile::education, Profile.Builder::addAllEducation, "Education")
          .list("awards", AWARD, Profile::awards, Profile.Builder::addAllAwards, "Awards")
          .list("certificates", CERTIFICATE, Profile::certificates, Profile.Builder::addAllCertificates, "Certificates")
          .list("publications", PUBLICATION, Profile::publications, Profile.Builder::addAllPublications, "Publications")
          .list("skills", SKILL, Profile::skills, Profile.Builder::addAllSkills, "Skills")
          .list("languages", LANGUAGE, Profile::languages, Profile.Builder::addAllLanguages, "Languages")
          .list("interests", INTEREST, Profile::interests, Profile.Builder::addAllInterests, "Interests")
          .list("references", REFERENCE, Profile::references, Profile.Builder::addAllReferences, "References")
          .list("projects", PROJECT, Profile::projects, Profile.Builder::addAllProjects, "Projects")
          .list("claims", CLAIM, Profile::claims, Profile.Builder::addAllClaims, "Claims backed by evidence")
          .list("evidence", EVIDENCE, Profile::evidence, Profile.Builder::addAllEvidence, "Evidence backing the claims")
          .list("targets", TARGET, Profile::targets, Profile.Builder::addAllTargets, "Postings the person answers")
          .optional("meta", META, Profile::meta, Profile.Builder::meta, "About the document")
          .withDefault("translations", OVERLAYS, Profile::translations, Map.of(), Profile.Builder::putAllTranslations, "Translations by BCP 47 language tag, each a partial profile (see docs/overlays.md)")
          .withDefault("variants", OVERLAYS, Profile::variants, Map.of(), Profile.Builder::putAllVariants, "Variants by name, each a partial profile (see docs/overlays.md)")
          .extensions(X, Profile::extensions, Profile.Builder::putAllExtensions)
          .build();

  /** The JSON Schema of the native format, with sections as a shared definition. */
  public static Map<String, Object> jsonSchema() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "https://profilekit.dev/schema/profile-" + Profile.SCHEMA_VERSION + ".json");
    schema.put("title", "Profile Kit profile");
    schema.putAll(PROFILE.schema());
    schema.put("$defs", Map.of("section", SECTION.schema()));
    return schema;
  }
}
