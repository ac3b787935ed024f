package dev.profilekit.model.internal.nativeformat;

import static dev.profilekit.model.internal.codec.Codecs.DATE;
import static dev.profilekit.model.internal.codec.Codecs.TEXT;

import dev.profilekit.model.Award;
import dev.profilekit.model.Certificate;
import dev.profilekit.model.Claim;
import dev.profilekit.model.Education;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.ImmutableAward;
import dev.profilekit.model.ImmutableCertificate;
import dev.profilekit.model.ImmutableClaim;
import dev.profilekit.model.ImmutableEducation;
import dev.profilekit.model.ImmutableEvidence;
import dev.profilekit.model.ImmutableInterest;
import dev.profilekit.model.ImmutableLanguage;
import dev.profilekit.model.ImmutableLink;
import dev.profilekit.model.ImmutableLocation;
import dev.profilekit.model.ImmutableMeta;
import dev.profilekit.model.ImmutableMetric;
import dev.profilekit.model.ImmutablePerson;
import dev.profilekit.model.ImmutableProfile;
import dev.profilekit.model.ImmutableProject;
import dev.profilekit.model.ImmutablePublication;
import dev.profilekit.model.ImmutableReference;
import dev.profilekit.model.ImmutableRequirement;
import dev.profilekit.model.ImmutableRequirementGroup;
import dev.profilekit.model.ImmutableSection;
import dev.profilekit.model.ImmutableSkill;
import dev.profilekit.model.ImmutableTarget;
import dev.profilekit.model.ImmutableVolunteer;
import dev.profilekit.model.ImmutableWork;
import dev.profilekit.model.Interest;
import dev.profilekit.model.Language;
import dev.profilekit.model.Link;
import dev.profilekit.model.Location;
import dev.profilekit.model.Meta;
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
import dev.profilekit.model.internal.codec.ObjectCodec;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.util.LinkedHashMap;
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

  public static final ObjectCodec<Location, ImmutableLocation.Builder> LOCATION =
      ObjectCodec.describe(Location.class, "location", "Where the person is.", ImmutableLocation::builder, ImmutableLocation.Builder::build)
          .optional("address", TEXT, Location::address, ImmutableLocation.Builder::address, "Street address")
          .optional("postalCode", TEXT, Location::postalCode, ImmutableLocation.Builder::postalCode, "Postal code")
          .optional("city", TEXT, Location::city, ImmutableLocation.Builder::city, "City")
          .optional("countryCode", TEXT, Location::countryCode, ImmutableLocation.Builder::countryCode, "ISO 3166-1 country code, e.g. DE")
          .optional("region", TEXT, Location::region, ImmutableLocation.Builder::region, "Region or state")
          .extensions(X, Location::extensions, ImmutableLocation.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Link, ImmutableLink.Builder> LINK =
      ObjectCodec.describe(Link.class, "link", "A profile on another site.", ImmutableLink::builder, ImmutableLink.Builder::build)
          .optional("network", TEXT, Link::network, ImmutableLink.Builder::network, "The site, e.g. GitHub")
          .optional("username", TEXT, Link::username, ImmutableLink.Builder::username, "The user name there")
          .optional("url", TEXT, Link::url, ImmutableLink.Builder::url, "The address of the profile")
          .extensions(X, Link::extensions, ImmutableLink.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Person, ImmutablePerson.Builder> PERSON =
      ObjectCodec.describe(Person.class, "person", "Who the profile is about.", ImmutablePerson::builder, ImmutablePerson.Builder::build)
          .optional("name", TEXT, Person::name, ImmutablePerson.Builder::name, "Full name")
          .optional("label", TEXT, Person::label, ImmutablePerson.Builder::label, "Headline, e.g. Research engineer")
          .optional("image", TEXT, Person::image, ImmutablePerson.Builder::image, "URL of a photo")
          .optional("email", TEXT, Person::email, ImmutablePerson.Builder::email, "Email address")
          .optional("phone", TEXT, Person::phone, ImmutablePerson.Builder::phone, "Phone number")
          .optional("url", TEXT, Person::url, ImmutablePerson.Builder::url, "Personal website")
          .optional("summary", TEXT, Person::summary, ImmutablePerson.Builder::summary, "A short introduction" + MARKDOWN)
          .optional("location", LOCATION, Person::location, ImmutablePerson.Builder::location, "Where the person is")
          .list("links", LINK, Person::links, ImmutablePerson.Builder::addAllLinks, "Profiles on other sites")
          .extensions(X, Person::extensions, ImmutablePerson.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Section, ImmutableSection.Builder> SECTION = section();

  private static ObjectCodec<Section, ImmutableSection.Builder> section() {
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
          public Map<String, Object> schema() {
            return Map.of("$ref", "#/$defs/section");
          }
        };
    return ObjectCodec.describe(Section.class, "section", "Narrative content: a heading, a Markdown body and sub-sections, in order.", ImmutableSection::builder, ImmutableSection.Builder::build)
        .optional("id", ID, Section::id, ImmutableSection.Builder::id, "A stable id, unique in the profile")
        .required("title", TEXT, Section::title, ImmutableSection.Builder::title, "The heading")
        .optional("body", TEXT, Section::body, ImmutableSection.Builder::body, "The text" + MARKDOWN)
        .list("sections", self, Section::sections, ImmutableSection.Builder::addAllSections, "Sub-sections, in order")
        .extensions(X, Section::extensions, ImmutableSection.Builder::putAllExtensions)
        .build();
  }

  public static final ObjectCodec<Work, ImmutableWork.Builder> WORK =
      ObjectCodec.describe(Work.class, "work entry", "A position held at an organisation.", ImmutableWork::builder, ImmutableWork.Builder::build)
          .optional("id", ID, Work::id, ImmutableWork.Builder::id, "A stable id, unique in the profile")
          .optional("name", TEXT, Work::name, ImmutableWork.Builder::name, "The organisation")
          .optional("location", TEXT, Work::location, ImmutableWork.Builder::location, "Where")
          .optional("description", TEXT, Work::description, ImmutableWork.Builder::description, "What the organisation does")
          .optional("position", TEXT, Work::position, ImmutableWork.Builder::position, "The role")
          .optional("url", TEXT, Work::url, ImmutableWork.Builder::url, "The organisation's website")
          .optional("startDate", DATE, Work::startDate, ImmutableWork.Builder::startDate, "When it started")
          .optional("endDate", DATE, Work::endDate, ImmutableWork.Builder::endDate, "When it ended; absent means to the present")
          .optional("summary", TEXT, Work::summary, ImmutableWork.Builder::summary, "What the person did" + MARKDOWN)
          .list("highlights", TEXT, Work::highlights, ImmutableWork.Builder::addAllHighlights, "Accomplishments")
          .list("tags", TEXT, Work::tags, ImmutableWork.Builder::addAllTags, "Skills this role demonstrates")
          .extensions(X, Work::extensions, ImmutableWork.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Volunteer, ImmutableVolunteer.Builder> VOLUNTEER =
      ObjectCodec.describe(Volunteer.class, "volunteer entry", "Volunteer work.", ImmutableVolunteer::builder, ImmutableVolunteer.Builder::build)
          .optional("id", ID, Volunteer::id, ImmutableVolunteer.Builder::id, "A stable id, unique in the profile")
          .optional("organization", TEXT, Volunteer::organization, ImmutableVolunteer.Builder::organization, "The organisation")
          .optional("position", TEXT, Volunteer::position, ImmutableVolunteer.Builder::position, "The role")
          .optional("url", TEXT, Volunteer::url, ImmutableVolunteer.Builder::url, "The organisation's website")
          .optional("startDate", DATE, Volunteer::startDate, ImmutableVolunteer.Builder::startDate, "When it started")
          .optional("endDate", DATE, Volunteer::endDate, ImmutableVolunteer.Builder::endDate, "When it ended")
          .optional("summary", TEXT, Volunteer::summary, ImmutableVolunteer.Builder::summary, "What the person did" + MARKDOWN)
          .list("highlights", TEXT, Volunteer::highlights, ImmutableVolunteer.Builder::addAllHighlights, "Accomplishments")
          .list("tags", TEXT, Volunteer::tags, ImmutableVolunteer.Builder::addAllTags, "Skills this role demonstrates")
          .extensions(X, Volunteer::extensions, ImmutableVolunteer.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Education, ImmutableEducation.Builder> EDUCATION =
      ObjectCodec.describe(Education.class, "education entry", "A course of study.", ImmutableEducation::builder, ImmutableEducation.Builder::build)
          .optional("id", ID, Education::id, ImmutableEducation.Builder::id, "A stable id, unique in the profile")
          .optional("institution", TEXT, Education::institution, ImmutableEducation.Builder::institution, "The school or university")
          .optional("url", TEXT, Education::url, ImmutableEducation.Builder::url, "Its website")
          .optional("area", TEXT, Education::area, ImmutableEducation.Builder::area, "Field of study")
          .optional("studyType", TEXT, Education::studyType, ImmutableEducation.Builder::studyType, "Degree, e.g. MSc")
          .optional("startDate", DATE, Education::startDate, ImmutableEducation.Builder::startDate, "When it started")
          .optional("endDate", DATE, Education::endDate, ImmutableEducation.Builder::endDate, "When it ended")
          .optional("score", TEXT, Education::score, ImmutableEducation.Builder::score, "Grade")
          .list("courses", TEXT, Education::courses, ImmutableEducation.Builder::addAllCourses, "Notable courses")
          .extensions(X, Education::extensions, ImmutableEducation.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Award, ImmutableAward.Builder> AWARD =
      ObjectCodec.describe(Award.class, "award", "An award or honour.", ImmutableAward::builder, ImmutableAward.Builder::build)
          .optional("id", ID, Award::id, ImmutableAward.Builder::id, "A stable id, unique in the profile")
          .optional("title", TEXT, Award::title, ImmutableAward.Builder::title, "The award")
          .optional("date", DATE, Award::date, ImmutableAward.Builder::date, "When it was given")
          .optional("awarder", TEXT, Award::awarder, ImmutableAward.Builder::awarder, "Who gave it")
          .optional("summary", TEXT, Award::summary, ImmutableAward.Builder::summary, "What it was for" + MARKDOWN)
          .extensions(X, Award::extensions, ImmutableAward.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Certificate, ImmutableCertificate.Builder> CERTIFICATE =
      ObjectCodec.describe(Certificate.class, "certificate", "A certificate or credential.", ImmutableCertificate::builder, ImmutableCertificate.Builder::build)
          .optional("id", ID, Certificate::id, ImmutableCertificate.Builder::id, "A stable id, unique in the profile")
          .optional("name", TEXT, Certificate::name, ImmutableCertificate.Builder::name, "The certificate")
          .optional("date", DATE, Certificate::date, ImmutableCertificate.Builder::date, "When it was issued")
          .optional("url", TEXT, Certificate::url, ImmutableCertificate.Builder::url, "Where to verify it")
          .optional("issuer", TEXT, Certificate::issuer, ImmutableCertificate.Builder::issuer, "Who issued it")
          .extensions(X, Certificate::extensions, ImmutableCertificate.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Publication, ImmutablePublication.Builder> PUBLICATION =
      ObjectCodec.describe(Publication.class, "publication", "A publication.", ImmutablePublication::builder, ImmutablePublication.Builder::build)
          .optional("id", ID, Publication::id, ImmutablePublication.Builder::id, "A stable id, unique in the profile")
          .optional("name", TEXT, Publication::name, ImmutablePublication.Builder::name, "The title")
          .optional("publisher", TEXT, Publication::publisher, ImmutablePublication.Builder::publisher, "Journal, conference or publisher")
          .optional("releaseDate", DATE, Publication::releaseDate, ImmutablePublication.Builder::releaseDate, "When it was published")
          .optional("url", TEXT, Publication::url, ImmutablePublication.Builder::url, "Where to read it")
          .optional("summary", TEXT, Publication::summary, ImmutablePublication.Builder::summary, "What it is about" + MARKDOWN)
          .extensions(X, Publication::extensions, ImmutablePublication.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Skill, ImmutableSkill.Builder> SKILL =
      ObjectCodec.describe(Skill.class, "skill", "A skill, with keywords.", ImmutableSkill::builder, ImmutableSkill.Builder::build)
          .optional("id", ID, Skill::id, ImmutableSkill.Builder::id, "A stable id, unique in the profile; claims and entries tag it")
          .optional("name", TEXT, Skill::name, ImmutableSkill.Builder::name, "The skill")
          .optional("level", TEXT, Skill::level, ImmutableSkill.Builder::level, "How good, e.g. Expert")
          .list("keywords", TEXT, Skill::keywords, ImmutableSkill.Builder::addAllKeywords, "Related keywords")
          .extensions(X, Skill::extensions, ImmutableSkill.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Language, ImmutableLanguage.Builder> LANGUAGE =
      ObjectCodec.describe(Language.class, "language", "A language spoken.", ImmutableLanguage::builder, ImmutableLanguage.Builder::build)
          .optional("language", TEXT, Language::language, ImmutableLanguage.Builder::language, "The language")
          .optional("fluency", TEXT, Language::fluency, ImmutableLanguage.Builder::fluency, "How well, e.g. Native speaker")
          .extensions(X, Language::extensions, ImmutableLanguage.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Interest, ImmutableInterest.Builder> INTEREST =
      ObjectCodec.describe(Interest.class, "interest", "An interest.", ImmutableInterest::builder, ImmutableInterest.Builder::build)
          .optional("name", TEXT, Interest::name, ImmutableInterest.Builder::name, "The interest")
          .list("keywords", TEXT, Interest::keywords, ImmutableInterest.Builder::addAllKeywords, "Related keywords")
          .extensions(X, Interest::extensions, ImmutableInterest.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Reference, ImmutableReference.Builder> REFERENCE =
      ObjectCodec.describe(Reference.class, "reference", "A reference from someone who worked with the person.", ImmutableReference::builder, ImmutableReference.Builder::build)
          .optional("name", TEXT, Reference::name, ImmutableReference.Builder::name, "Who gives it")
          .optional("reference", TEXT, Reference::reference, ImmutableReference.Builder::reference, "What they say" + MARKDOWN)
          .extensions(X, Reference::extensions, ImmutableReference.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Project, ImmutableProject.Builder> PROJECT =
      ObjectCodec.describe(Project.class, "project", "A project.", ImmutableProject::builder, ImmutableProject.Builder::build)
          .optional("id", ID, Project::id, ImmutableProject.Builder::id, "A stable id, unique in the profile")
          .optional("name", TEXT, Project::name, ImmutableProject.Builder::name, "The project")
          .optional("description", TEXT, Project::description, ImmutableProject.Builder::description, "What it is" + MARKDOWN)
          .list("highlights", TEXT, Project::highlights, ImmutableProject.Builder::addAllHighlights, "Accomplishments")
          .list("keywords", TEXT, Project::keywords, ImmutableProject.Builder::addAllKeywords, "Technologies and topics")
          .optional("startDate", DATE, Project::startDate, ImmutableProject.Builder::startDate, "When it started")
          .optional("endDate", DATE, Project::endDate, ImmutableProject.Builder::endDate, "When it ended")
          .optional("url", TEXT, Project::url, ImmutableProject.Builder::url, "Where to see it")
          .list("roles", TEXT, Project::roles, ImmutableProject.Builder::addAllRoles, "The person's roles")
          .optional("entity", TEXT, Project::entity, ImmutableProject.Builder::entity, "The organisation behind it")
          .optional("type", TEXT, Project::type, ImmutableProject.Builder::type, "Kind of project, e.g. application")
          .list("tags", TEXT, Project::tags, ImmutableProject.Builder::addAllTags, "Skills this project demonstrates")
          .extensions(X, Project::extensions, ImmutableProject.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Claim, ImmutableClaim.Builder> CLAIM =
      ObjectCodec.describe(Claim.class, "claim", "A statement about the person, backed by evidence.", ImmutableClaim::builder, ImmutableClaim.Builder::build)
          .required("id", ID, Claim::id, ImmutableClaim.Builder::id, "A stable id, unique in the profile")
          .required("statement", TEXT, Claim::statement, ImmutableClaim.Builder::statement, "The claim" + MARKDOWN)
          .list("tags", TEXT, Claim::tags, ImmutableClaim.Builder::addAllTags, "Skills the claim is about")
          .list("evidence", ID, Claim::evidence, ImmutableClaim.Builder::addAllEvidence, "Ids of the evidence backing it")
          .flag("draft", Claim::draft, ImmutableClaim.Builder::draft, "Still being written")
          .extensions(X, Claim::extensions, ImmutableClaim.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Metric, ImmutableMetric.Builder> METRIC =
      ObjectCodec.describe(Metric.class, "metric", "A measured outcome.", ImmutableMetric::builder, ImmutableMetric.Builder::build)
          .required("name", TEXT, Metric::name, ImmutableMetric.Builder::name, "What was measured, e.g. accuracy")
          .optional("before", TEXT, Metric::before, ImmutableMetric.Builder::before, "The value before")
          .required("after", TEXT, Metric::after, ImmutableMetric.Builder::after, "The value after")
          .optional("unit", TEXT, Metric::unit, ImmutableMetric.Builder::unit, "The unit, e.g. %")
          .extensions(X, Metric::extensions, ImmutableMetric.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Evidence, ImmutableEvidence.Builder> EVIDENCE =
      ObjectCodec.describe(Evidence.class, "evidence", "Something that backs a claim.", ImmutableEvidence::builder, ImmutableEvidence.Builder::build)
          .required("id", ID, Evidence::id, ImmutableEvidence.Builder::id, "A stable id, unique in the profile")
          .required("kind", Codecs.enumOf(EvidenceKind.class, EvidenceKind::id, "kind of evidence"), Evidence::kind, ImmutableEvidence.Builder::kind, "What kind of evidence")
          .required("summary", TEXT, Evidence::summary, ImmutableEvidence.Builder::summary, "What it shows" + MARKDOWN)
          .optional("url", TEXT, Evidence::url, ImmutableEvidence.Builder::url, "Where to see it")
          .optional("date", DATE, Evidence::date, ImmutableEvidence.Builder::date, "When")
          .optional("metric", METRIC, Evidence::metric, ImmutableEvidence.Builder::metric, "A measured outcome")
          .optional("source", TEXT, Evidence::source, ImmutableEvidence.Builder::source, "Who said it, for a testimonial")
          .list("refs", ID, Evidence::refs, ImmutableEvidence.Builder::addAllRefs, "Ids of the entries it comes from")
          .list("tags", TEXT, Evidence::tags, ImmutableEvidence.Builder::addAllTags, "Skills it demonstrates")
          .extensions(X, Evidence::extensions, ImmutableEvidence.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Requirement, ImmutableRequirement.Builder> REQUIREMENT =
      ObjectCodec.describe(Requirement.class, "requirement", "One requirement of a posting.", ImmutableRequirement::builder, ImmutableRequirement.Builder::build)
          .optional("id", ID, Requirement::id, ImmutableRequirement.Builder::id, "A stable id, unique in the profile")
          .required("text", TEXT, Requirement::text, ImmutableRequirement.Builder::text, "As the posting words it")
          .list("claims", ID, Requirement::claims, ImmutableRequirement.Builder::addAllClaims, "Ids of the claims answering it")
          .extensions(X, Requirement::extensions, ImmutableRequirement.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<RequirementGroup, ImmutableRequirementGroup.Builder> REQUIREMENT_GROUP =
      ObjectCodec.describe(RequirementGroup.class, "requirement group", "A group of requirements.", ImmutableRequirementGroup::builder, ImmutableRequirementGroup.Builder::build)
          .optional("title", TEXT, RequirementGroup::title, ImmutableRequirementGroup.Builder::title, "The group's heading, e.g. You may be a good fit if you")
          .withDefault("priority", Codecs.enumOf(Priority.class, Priority::id, "priority"), RequirementGroup::priority, Priority.REQUIRED, ImmutableRequirementGroup.Builder::priority, "required or preferred")
          .list("requirements", REQUIREMENT, RequirementGroup::requirements, ImmutableRequirementGroup.Builder::addAllRequirements, "The requirements")
          .extensions(X, RequirementGroup::extensions, ImmutableRequirementGroup.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Target, ImmutableTarget.Builder> TARGET =
      ObjectCodec.describe(Target.class, "target", "A job posting or call the person answers.", ImmutableTarget::builder, ImmutableTarget.Builder::build)
          .required("id", ID, Target::id, ImmutableTarget.Builder::id, "A stable id, unique in the profile")
          .required("title", TEXT, Target::title, ImmutableTarget.Builder::title, "The role or call")
          .optional("organization", TEXT, Target::organization, ImmutableTarget.Builder::organization, "Who posted it")
          .optional("url", TEXT, Target::url, ImmutableTarget.Builder::url, "Where it is posted")
          .optional("date", DATE, Target::date, ImmutableTarget.Builder::date, "When it was posted")
          .optional("description", TEXT, Target::description, ImmutableTarget.Builder::description, "About the role" + MARKDOWN)
          .list("responsibilities", TEXT, Target::responsibilities, ImmutableTarget.Builder::addAllResponsibilities, "What the role involves")
          .list("groups", REQUIREMENT_GROUP, Target::groups, ImmutableTarget.Builder::addAllGroups, "Requirement groups")
          .extensions(X, Target::extensions, ImmutableTarget.Builder::putAllExtensions)
          .build();

  public static final ObjectCodec<Meta, ImmutableMeta.Builder> META =
      ObjectCodec.describe(Meta.class, "meta", "About the profile document.", ImmutableMeta::builder, ImmutableMeta.Builder::build)
          .optional("canonical", TEXT, Meta::canonical, ImmutableMeta.Builder::canonical, "The document's canonical URL")
          .optional("version", TEXT, Meta::version, ImmutableMeta.Builder::version, "The document's version")
          .optional("lastModified", TEXT, Meta::lastModified, ImmutableMeta.Builder::lastModified, "When it was last changed")
          .extensions(X, Meta::extensions, ImmutableMeta.Builder::putAllExtensions)
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
        public Map<String, Object> schema() {
          return Map.of("type", "object");
        }
      };

  public static final ObjectCodec<Profile, ImmutableProfile.Builder> PROFILE =
      ObjectCodec.describe(Profile.class, "profile", "A professional profile (Profile Kit native format).", ImmutableProfile::builder, ImmutableProfile.Builder::build)
          .required("schemaVersion", SCHEMA_VERSION, profile -> (long) Profile.SCHEMA_VERSION, (builder, version) -> { }, "The format version: " + Profile.SCHEMA_VERSION)
          .withDefault("person", PERSON, Profile::person, Person.builder().build(), ImmutableProfile.Builder::person, "Who the profile is about")
          .withDefault("frontMatter", FRONT_MATTER, Profile::frontMatter, Map.of(), ImmutableProfile.Builder::putAllFrontMatter, "Front matter for Markdown pages (layout, permalink…)")
          .list("sections", SECTION, Profile::sections, ImmutableProfile.Builder::addAllSections, "Narrative sections, in order")
          .list("work", WORK, Profile::work, ImmutableProfile.Builder::addAllWork, "Work experience")
          .list("volunteer", VOLUNTEER, Profile::volunteer, ImmutableProfile.Builder::addAllVolunteer, "Volunteer work")
          .list("education", EDUCATION, Profile::education, ImmutableProfile.Builder::addAllEducation, "Education")
          .list("awards", AWARD, Profile::awards, ImmutableProfile.Builder::addAllAwards, "Awards")
          .list("certificates", CERTIFICATE, Profile::certificates, ImmutableProfile.Builder::addAllCertificates, "Certificates")
          .list("publications", PUBLICATION, Profile::publications, ImmutableProfile.Builder::addAllPublications, "Publications")
          .list("skills", SKILL, Profile::skills, ImmutableProfile.Builder::addAllSkills, "Skills")
          .list("languages", LANGUAGE, Profile::languages, ImmutableProfile.Builder::addAllLanguages, "Languages")
          .list("interests", INTEREST, Profile::interests, ImmutableProfile.Builder::addAllInterests, "Interests")
          .list("references", REFERENCE, Profile::references, ImmutableProfile.Builder::addAllReferences, "References")
          .list("projects", PROJECT, Profile::projects, ImmutableProfile.Builder::addAllProjects, "Projects")
          .list("claims", CLAIM, Profile::claims, ImmutableProfile.Builder::addAllClaims, "Claims backed by evidence")
          .list("evidence", EVIDENCE, Profile::evidence, ImmutableProfile.Builder::addAllEvidence, "Evidence backing the claims")
          .list("targets", TARGET, Profile::targets, ImmutableProfile.Builder::addAllTargets, "Postings the person answers")
          .optional("meta", META, Profile::meta, ImmutableProfile.Builder::meta, "About the document")
          .extensions(X, Profile::extensions, ImmutableProfile.Builder::putAllExtensions)
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
