package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Target;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.testing.Examples;
import dev.profilekit.model.testing.ProfileGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Answers documents: written for a target, and read from hand-written drafts. */
class MarkdownAnswersTest {
  private final MarkdownWriter writer = new MarkdownWriter();

  static Stream<Arguments> targets() {
    Stream<Profile> examples = Examples.yamlFiles().stream().map(Examples::read);
    Stream<Profile> generated = LongStream.range(0, 200).mapToObj(seed -> ProfileGenerator.withSeed(seed).next());
    Stream<Profile> drafts = MarkdownFixtures.all().stream().map(MarkdownFixtures::read);
    return Stream.of(examples, generated, drafts).flatMap(profiles -> profiles)
        .flatMap(profile -> profile.targets().stream().map(target -> Arguments.of(profile, target.id())));
  }

  @ParameterizedTest
  @MethodSource("targets")
  void readsTheAnswersDocumentBackToTheSameTargetClaimsAndEvidence(Profile profile, String targetId) {
    String answers = writer.write(profile, WriteOptions.builder().target(targetId).build()).content();

    Profile read = MarkdownFixtures.read("answers.md", answers);

    Target target = profile.target(targetId).orElseThrow();
    assertThat(read.targets()).containsExactly(target);
    Map<String, Claim> claims = answering(profile, target);
    assertThat(read.claims()).containsExactlyElementsOf(claims.values());
    assertThat(read.evidence()).containsExactlyElementsOf(behind(profile, claims.values()));
  }

  @Test
  void writesRequirementGroupsRequirementsClaimsAndEvidenceAsHeadingsAndNestedBullets() {
    Profile profile = Examples.read("research-engineer");

    String answers = writer.write(profile, WriteOptions.builder().target("acme-research-engineer").build()).content();

    assertThat(answers)
        .contains("\n# You may be a good fit if you\n")
        .contains("\n## Have published or shipped work on model evaluation\n")
        .contains("\n- Published research on language model evaluation <!-- profilekit:claim")
        .contains("\n  - First author, evaluation workshop paper <!-- profilekit:evidence")
        .contains("\n# Strong candidates may also have\n<!-- profilekit:group {\"priority\":\"preferred\"} -->");
  }

  @Test
  void refusesAnUnknownTargetNamingTheKnownOnes() {
    Profile profile = Examples.read("research-engineer");

    assertThatThrownBy(() -> writer.write(profile, WriteOptions.builder().target("nope").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown target 'nope' (known targets: acme-research-engineer)");
  }

  @Test
  void readsAHandWrittenAnswersPageIntoATargetClaimsAndEvidenceKeepingPlaceholders() {
    Profile profile = MarkdownFixtures.read(MarkdownFixtures.directory().resolve("answers-acme.md"));

    Target target = profile.targets().get(0);
    assertThat(target.title()).isEqualTo("Answers for Acme AI, Research Engineer");
    assertThat(target.groups()).extracting(RequirementGroup::title, RequirementGroup::priority)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("You may be a good fit if you"), Priority.REQUIRED),
            org.assertj.core.groups.Tuple.tuple(java.util.Optional.of("Strong candidates may also have"), Priority.PREFERRED));
    Requirement evaluation = target.groups().get(0).requirements().get(0);
    assertThat(evaluation.text()).isEqualTo("Have published or shipped work on model evaluation");
    // The paragraph after the bullets answers too.
    assertThat(evaluation.claims()).extracting(id -> profile.claim(id).orElseThrow().statement())
        .containsExactly("Published research on evaluating small language models",
            "Turned an evaluation prototype into a tool used daily by 40 researchers",
            "This is my strongest point. (expand this)");
    Claim shipping = profile.claim(evaluation.claims().get(1)).orElseThrow();
    assertThat(shipping.statement()).isEqualTo("Turned an evaluation prototype into a tool used daily by 40 researchers");
    assertThat(shipping.evidence()).extracting(id -> profile.evidence(id).orElseThrow().summary())
        .containsExactly("agreement with human raters went from 70% to 80%", "(perhaps give some examples)");
    assertThat(profile.evidence()).filteredOn(e -> e.kind() == EvidenceKind.LINK).extracting(e -> e.url().orElseThrow())
        .containsExactly("https://papers.example.org/eval-2023");
    // A placeholder written as the answer is read as the claim it stands for; check reports it.
    assertThat(target.groups().get(1).requirements().get(1).claims())
        .extracting(id -> profile.claim(id).orElseThrow().statement()).containsExactly("TODO");
    assertThat(profile.sections().get(0).sections().get(0).body().orElseThrow())
        .endsWith("This is my strongest point. (expand this)");
  }

  @Test
  void readsParagraphsUnderARequirementAsClaimsAtTheirPositions() {
    Profile profile = MarkdownFixtures.read("prose.md", """
        # You may be a good fit if you

        ## Have a passion for research

        My passion for research is consistent,
        demonstrated by my thesis.

        It also shows in my work:

        - Ran a reading group since 2019
        """);

    Requirement passion = profile.targets().get(0).groups().get(0).requirements().get(0);
    assertThat(passion.claims()).extracting(id -> profile.claim(id).orElseThrow().statement())
        .containsExactly("My passion for research is consistent,\ndemonstrated by my thesis.",
            "It also shows in my work:", "Ran a reading group since 2019");
    assertThat(profile.sourceMap().positionOf("$.claims[0].statement").orElseThrow()).hasToString("prose.md:5:1");
    assertThat(profile.sourceMap().positionOf("$.claims[1].statement").orElseThrow()).hasToString("prose.md:8:1");
    assertThat(profile.sourceMap().positionOf("$.claims[2].statement").orElseThrow()).hasToString("prose.md:10:3");
  }

  @Test
  void keepsEmptyBulletsAndPlaceholdersOfADraftAsWritten() {
    Profile profile = MarkdownFixtures.read(MarkdownFixtures.directory().resolve("answers-draft.md"));

    assertThat(profile.claims()).extracting(Claim::statement)
        .containsExactly(
            "10+ years of Python in production",
            "",
            "TBD: something about code review?",
            "Ran Kafka clusters for real-time timetable feeds",
            "Recognised for open data work (FIXME: which year?)");
    assertThat(profile.evidence()).extracting(Evidence::summary)
        .contains("Cut feed latency from 40 s to 4 s at Nordrail (fictional)\n- measured over three months, see the report",
            "??? find the incident report");
    assertThat(profile.targets().get(0).groups()).extracting(RequirementGroup::title)
        .containsExactly(java.util.Optional.of("Requirements"), java.util.Optional.of("Nice to have"));
    assertThat(profile.targets().get(0).groups().get(1).priority()).isEqualTo(Priority.PREFERRED);
  }

  @Test
  void pointsClaimsAndRequirementsAtTheirLinesInTheDraft() {
    Profile profile = MarkdownFixtures.read(MarkdownFixtures.directory().resolve("answers-acme.md"));

    assertThat(profile.sourceMap().positionOf("$.claims[1].statement").orElseThrow()).hasToString("answers-acme.md:15:3");
    assertThat(profile.sourceMap().positionOf("$.evidence[3]").orElseThrow()).hasToString("answers-acme.md:17:5");
    assertThat(profile.sourceMap().positionOf("$.targets[0].groups[1].requirements[0]").orElseThrow().line()).isEqualTo(29);
  }

  @Test
  void givesTheSameIdsToTheSameTextEveryTime() {
    String page = MarkdownFixtures.text(MarkdownFixtures.directory().resolve("answers-acme.md"));

    assertThat(MarkdownFixtures.read("a.md", page).claims()).extracting(Claim::id)
        .isEqualTo(MarkdownFixtures.read("b.md", page).claims().stream().map(Claim::id).toList())
        .startsWith("claim-published-research-on-evaluating-small-language");
  }

  private static Map<String, Claim> answering(Profile profile, Target target) {
    Map<String, Claim> claims = new LinkedHashMap<>();
    target.groups().stream().flatMap(g -> g.requirements().stream()).flatMap(r -> r.claims().stream())
        .forEach(id -> profile.claim(id).ifPresent(claim -> claims.putIfAbsent(id, claim)));
    return claims;
  }

  private static List<Evidence> behind(Profile profile, Iterable<Claim> claims) {
    Map<String, Evidence> evidence = new LinkedHashMap<>();
    for (Claim claim : claims) {
      claim.evidence().forEach(id -> profile.evidence(id).ifPresent(e -> evidence.putIfAbsent(id, e)));
    }
    return List.copyOf(evidence.values());
  }
}
