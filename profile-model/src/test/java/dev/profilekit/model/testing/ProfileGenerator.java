package dev.profilekit.model.testing;

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
import dev.profilekit.model.Metric;
import dev.profilekit.model.PartialDate;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random but valid profiles from a seed, for property-style round-trip tests (jqwik is off
 * limits here). Every reference resolves and every id is unique; texts mix in what breaks
 * serialisers: YAML-looking scalars, Markdown metacharacters, quotes, non-ASCII, line breaks.
 */
public final class ProfileGenerator {
  private static final String[] WORDS = {
    "data", "platform", "Ünïcödé", "naïve", "日本語", "rail", "70", "true", "null", "2019",
    "yes", "~", "#hash", "*star*", "_under_", "[link](x)", "`code`", "a: b", "- dash", "'quote'",
    "\"double\"", "50%", "<b>", "&amp;", "back\\slash", "{brace}", "@at", "!bang", "|pipe", ">gt"
  };

  private final Random random;
  private int nextId;
  private final boolean plainText;
  private int scale = 1;

  private ProfileGenerator(long seed, boolean plainText) {
    this.random = new Random(seed);
    this.plainText = plainText;
  }

  /** Profiles whose texts include serialiser-hostile characters. */
  public static ProfileGenerator withSeed(long seed) {
    return new ProfileGenerator(seed, false);
  }

  /** Profiles whose texts are plain words and spaces, for formats that normalise text. */
  public static ProfileGenerator plainTextWithSeed(long seed) {
    return new ProfileGenerator(seed, true);
  }

  /** Lists up to {@code scale} times longer: for benchmarks of large profiles. */
  public ProfileGenerator scaled(int scale) {
    this.scale = scale;
    return this;
  }

  public Profile next() {
    nextId = 0;
    Profile.Builder profile = Profile.builder().person(person());
    if (chance()) {
      profile.putFrontMatter("layout", "single").putFrontMatter("permalink", "/about/");
    }
    profile.addAllSections(entries(() -> section(2)));
    profile.addAllWork(entries(this::work));
    profile.addAllVolunteer(entries(this::volunteer));
    profile.addAllEducation(entries(this::education));
    profile.addAllAwards(entries(this::award));
    profile.addAllCertificates(entries(this::certificate));
    profile.addAllPublications(entries(this::publication));
    profile.addAllSkills(entries(this::skill));
    profile.addAllLanguages(entries(() -> Language.builder().language(text()).fluency(maybeText()).build()));
    profile.addAllInterests(entries(() -> Interest.builder().name(text()).addAllKeywords(words()).build()));
    profile.addAllReferences(entries(() -> Reference.builder().name(text()).reference(maybeProse()).build()));
    profile.addAllProjects(entries(this::project));
    Profile partial = profile.build();

    List<String> entryIds = new ArrayList<>();
    partial.identifiedEntries().forEach(entry -> entry.id().ifPresent(entryIds::add));
    List<Evidence> evidence = entries(() -> evidence(entryIds));
    List<String> evidenceIds = evidence.stream().map(Evidence::id).toList();
    List<Claim> claims = entries(() -> claim(evidenceIds));
    List<String> claimIds = claims.stream().map(Claim::id).toList();
    profile.addAllEvidence(evidence).addAllClaims(claims);
    profile.addAllTargets(entries(() -> target(claimIds)));
    if (chance()) {
      profile.meta(Meta.builder().canonical("https://example.com/" + id()).version("v1").build());
    }
    if (chance()) {
      profile.putAllExtensions(extensions());
    }
    return profile.build();
  }

  private Person person() {
    return Person.builder()
        .name(text())
        .label(maybeText())
        .email(chance() ? Optional.of(id() + "@example.com") : Optional.empty())
        .url(maybeUrl())
        .phone(chance() ? Optional.of("+1 555 " + random.nextInt(10000)) : Optional.empty())
        .summary(maybeProse())
        .location(chance() ? Optional.of(Location.builder().city(text()).countryCode("DE").build()) : Optional.empty())
        .addAllLinks(list(() -> Link.builder().network(text()).username(maybeText()).url(url()).build()))
        .putAllExtensions(chance() ? extensions() : Map.of())
        .build();
  }

  private Section section(int depth) {
    return Section.builder()
        .id(chance() ? Optional.of(id()) : Optional.empty())
        .title(text())
        .body(maybeProse())
        .addAllSections(depth > 0 ? list(() -> section(depth - 1)) : List.of())
        .build();
  }

  private Work work() {
    PartialDate start = date();
    return Work.builder()
        .id(id())
        .name(text())
        .position(maybeText())
        .location(maybeText())
        .description(maybeText())
        .url(maybeUrl())
        .startDate(start)
        .endDate(chance() ? Optional.of(later(start)) : Optional.empty())
        .summary(maybeProse())
        .addAllHighlights(texts())
        .addAllTags(words())
        .putAllExtensions(chance() ? extensions() : Map.of())
        .build();
  }

  private Volunteer volunteer() {
    PartialDate start = date();
    return Volunteer.builder()
        .id(id())
        .organization(text())
        .position(maybeText())
        .startDate(start)
        .endDate(chance() ? Optional.of(later(start)) : Optional.empty())
        .summary(maybeProse())
        .addAllHighlights(texts())
        .build();
  }

  private Education education() {
    PartialDate start = date();
    return Education.builder()
        .id(id())
        .institution(text())
        .area(maybeText())
        .studyType(maybeText())
        .startDate(start)
        .endDate(later(start))
        .score(maybeText())
        .addAllCourses(texts())
        .build();
  }

  private Award award() {
    return Award.builder().id(id()).title(text()).date(date()).awarder(maybeText()).summary(maybeProse()).build();
  }

  private Certificate certificate() {
    return Certificate.builder().id(id()).name(text()).date(date()).issuer(maybeText()).url(maybeUrl()).build();
  }

  private Publication publication() {
    return Publication.builder()
        .id(id()).name(text()).publisher(maybeText()).releaseDate(date()).url(maybeUrl()).summary(maybeProse()).build();
  }

  private Skill skill() {
    return Skill.builder().id(id()).name(text()).level(maybeText()).addAllKeywords(words()).build();
  }

  private Project project() {
    PartialDate start = date();
    return Project.builder()
        .id(id())
        .name(text())
        .description(maybeProse())
        .addAllHighlights(texts())
        .addAllKeywords(words())
        .startDate(start)
        .endDate(chance() ? Optional.of(later(start)) : Optional.empty())
        .url(maybeUrl())
        .addAllRoles(words())
        .entity(maybeText())
        .type(maybeText())
        .build();
  }

  private Evidence evidence(List<String> entryIds) {
    return Evidence.builder()
        .id(id())
        .kind(EvidenceKind.values()[random.nextInt(EvidenceKind.values().length)])
        .summary(text())
        .url(maybeUrl())
        .date(chance() ? Optional.of(date()) : Optional.empty())
        .metric(chance()
            ? Optional.of(Metric.builder().name(text()).before(String.valueOf(random.nextInt(100))).after(String.valueOf(random.nextInt(100))).unit("%").build())
            : Optional.empty())
        .source(maybeText())
        .addAllRefs(pick(entryIds))
        .addAllTags(words())
        .build();
  }

  private Claim claim(List<String> evidenceIds) {
    return Claim.builder()
        .id(id())
        .statement(text())
        .addAllTags(words())
        .addAllEvidence(pick(evidenceIds))
        .draft(random.nextInt(4) == 0)
        .build();
  }

  private Target target(List<String> claimIds) {
    return Target.builder()
        .id(id())
        .title(text())
        .organization(maybeText())
        .url(maybeUrl())
        .date(chance() ? Optional.of(date()) : Optional.empty())
        .description(maybeProse())
        .addAllResponsibilities(texts())
        .addAllGroups(list(() -> RequirementGroup.builder()
            .title(maybeText())
            .priority(chance() ? Priority.REQUIRED : Priority.PREFERRED)
            .addAllRequirements(list(() -> Requirement.builder().id(id()).text(text()).addAllClaims(pick(claimIds)).build()))
            .build()))
        .build();
  }

  private Map<String, Object> extensions() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("custom-" + id(), text());
    values.put("count-" + id(), (long) random.nextInt(1000));
    values.put("ratio-" + id(), new BigDecimal(random.nextInt(100) + ".5"));
    values.put("flag-" + id(), random.nextBoolean());
    values.put("list-" + id(), List.of(text(), 3L));
    values.put("nested-" + id(), Map.of("inner", text()));
    if (!plainText) {
      values.put("nothing-" + id(), null);
    }
    return values;
  }

  /** A top-level list of the profile: longer when scaled. */
  private <T> List<T> entries(Supplier<T> item) {
    return sized(random.nextInt(4) * scale, item);
  }

  private <T> List<T> list(Supplier<T> item) {
    return sized(random.nextInt(4), item);
  }

  private <T> List<T> sized(int size, Supplier<T> item) {
    List<T> items = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      items.add(item.get());
    }
    return items;
  }

  private List<String> pick(List<String> ids) {
    List<String> picked = new ArrayList<>();
    for (String id : ids) {
      if (random.nextInt(3) == 0) {
        picked.add(id);
      }
    }
    return picked;
  }

  private String id() {
    return "id-" + (++nextId);
  }

  private boolean chance() {
    return random.nextBoolean();
  }

  private String word() {
    if (plainText) {
      return "word" + random.nextInt(50);
    }
    return WORDS[random.nextInt(WORDS.length)];
  }

  private String text() {
    int count = 1 + random.nextInt(5);
    StringBuilder text = new StringBuilder(word());
    for (int i = 1; i < count; i++) {
      text.append(' ').append(word());
    }
    return text.toString();
  }

  /** Multi-paragraph Markdown-ish prose. */
  private String prose() {
    StringBuilder text = new StringBuilder(text());
    int paragraphs = random.nextInt(3);
    for (int i = 0; i < paragraphs; i++) {
      text.append("\n\n").append(text());
    }
    return text.toString();
  }

  private Optional<String> maybeText() {
    return chance() ? Optional.of(text()) : Optional.empty();
  }

  private Optional<String> maybeProse() {
    return chance() ? Optional.of(prose()) : Optional.empty();
  }

  private List<String> texts() {
    return list(this::text);
  }

  private List<String> words() {
    List<String> words = new ArrayList<>();
    int count = random.nextInt(3);
    for (int i = 0; i < count; i++) {
      words.add("tag" + random.nextInt(20));
    }
    return words;
  }

  private String url() {
    return "https://example.com/" + id();
  }

  private Optional<String> maybeUrl() {
    return chance() ? Optional.of(url()) : Optional.empty();
  }

  private PartialDate date() {
    int year = 1990 + random.nextInt(35);
    switch (random.nextInt(3)) {
      case 0:
        return PartialDate.ofYear(year);
      case 1:
        return PartialDate.ofMonth(year, 1 + random.nextInt(12));
      default:
        return PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }
  }

  private PartialDate later(PartialDate start) {
    return PartialDate.ofMonth(start.year() + 1 + random.nextInt(5), 1 + random.nextInt(12));
  }
}
