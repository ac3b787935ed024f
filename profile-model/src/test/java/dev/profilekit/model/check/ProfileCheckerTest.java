package dev.profilekit.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Person;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Severity;
import dev.profilekit.model.SourceMap;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.Target;
import dev.profilekit.model.Work;
import dev.profilekit.model.testing.Examples;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileCheckerTest {
  private static final Fixture DRAFT = Fixture.resource("draft.yaml");

  private static List<Diagnostic> findings(CheckReport report, String code) {
    return report.findings().stream().filter(d -> d.code().equals(code)).toList();
  }

  @Test
  void reportsAnUnansweredRequiredRequirementAsAnErrorAtItsText() {
    List<Diagnostic> found = findings(DRAFT.check(), "unanswered-required");

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.message()).contains("`req-bazel`", "Hands-on experience with Bazel");
      assertThat(d.path()).contains("$.targets[0].groups[0].requirements[2]");
      assertThat(d.position()).contains(SourcePosition.of("draft.yaml", 106, 19));
    });
  }

  @Test
  void reportsUnansweredPreferredRequirementsAsWarningsAfterTheRequiredOnes() {
    Profile profile = named()
        .addTargets(Target.builder().id("t").title("Role")
            .addGroups(group(Priority.PREFERRED, "req-nice"), group(Priority.REQUIRED, "req-must"))
            .build())
        .build();

    List<Diagnostic> found = Fixture.checker().build().check(profile).findings();

    assertThat(found).extracting(Diagnostic::code).containsExactly("unanswered-required", "unanswered-preferred");
    assertThat(found.get(1).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(1).message()).contains("`req-nice`");
  }

  @Test
  void reportsAClaimWithNoEvidence() {
    assertThat(findings(DRAFT.check(), "claim-without-evidence")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.message()).contains("`claim-oncall`");
      assertThat(d.position()).contains(SourcePosition.of("draft.yaml", 65, 5));
    });
  }

  @Test
  void reportsAClaimWhoseOnlyEvidenceIsABareLink() {
    assertThat(findings(DRAFT.check(), "weak-evidence")).singleElement().satisfies(d -> {
      assertThat(d.message()).contains("`claim-oss`", "`ev-repo` is a bare link");
      assertThat(d.path()).contains("$.claims[3].evidence");
    });
  }

  @Test
  void evidenceWithADateAMetricOrARefIsNotWeakEvenWhenItIsALink() {
    Evidence bare = Evidence.builder().id("e").kind(EvidenceKind.LINK).summary("my repo").build();
    Profile dated = claimWith(Evidence.builder().from(bare).date(PartialDate.ofYear(2024)).build());
    Profile bareOnly = claimWith(bare);

    assertThat(findings(check(bareOnly), "weak-evidence")).hasSize(1);
    assertThat(findings(check(dated), "weak-evidence")).isEmpty();
  }

  @Test
  void evidenceWhoseSummaryOnlyRepeatsItsUrlIsWeakWhateverItsKind() {
    Evidence repeated = Evidence.builder().id("e").kind(EvidenceKind.PROJECT)
        .summary("<https://code.example.org/x>").url("https://code.example.org/x").build();

    assertThat(findings(check(claimWith(repeated)), "weak-evidence")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("a summary that only repeats a URL"));
  }

  @Test
  void reportsEvidenceThatNoClaimUses() {
    assertThat(findings(DRAFT.check(), "unused-evidence")).singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo("evidence `ev-blog` backs no claim"));
  }

  @Test
  void includesTheValidatorsDanglingReferencesAndDuplicateIds() {
    Profile profile = named()
        .addClaims(Claim.builder().id("same").statement("A").addEvidence("nowhere").build())
        .addEvidence(Evidence.builder().id("same").kind(EvidenceKind.OTHER).summary("B").build())
        .build();

    assertThat(check(profile).findings()).extracting(Diagnostic::code)
        .containsSubsequence("dangling-reference", "duplicate-id");
    assertThat(findings(DRAFT.check(), "dangling-reference")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("`ev-talk`"));
  }

  @Test
  void reportsEachPlaceholderAtItsOwnLineAndColumnInsideTheField() {
    List<Diagnostic> found = findings(DRAFT.check(), "placeholder");

    assertThat(found).extracting(d -> d.position().orElseThrow().line() + ":" + d.position().orElseThrow().column())
        .containsExactly("15:7", "17:7", "19:7", "36:9", "47:32", "66:66");
    assertThat(found).extracting(Diagnostic::message).containsExactly(
        "placeholder \"TODO\" left in section \"Why this role\"",
        "placeholder \"(you need to expand this)\" left in section \"Why this role\"",
        "empty list item left in section \"Why this role\"",
        "placeholder \"FIXME\" left in work entry `work-northwind`",
        "placeholder \"???\" left in project `proj-shipwright`",
        "placeholder \"(perhaps give some examples)\" left in claim `claim-oncall`");
  }

  @Test
  void neverReportsPlaceholdersInsideCodeSpansOrFencedCode() {
    assertThat(findings(DRAFT.check(), "placeholder"))
        .noneMatch(d -> d.path().orElseThrow().startsWith("$.sections[1]"));
  }

  @Test
  void matchesPlaceholdersIgnoringCase() {
    Profile profile = named().addClaims(Claim.builder().id("c").statement("Shipped things, todo: numbers").build()).build();

    assertThat(findings(check(profile), "placeholder")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("\"todo\""));
  }

  @Test
  void withoutTheSourceTextPlaceholdersPointAtTheirField() {
    CheckReport report = Fixture.checker().build().check(DRAFT.profile());

    assertThat(findings(report, "placeholder")).first()
        .satisfies(d -> assertThat(d.position()).contains(SourcePosition.of("draft.yaml", 13, 11)));
  }

  @Test
  void aFieldWithoutItsOwnPositionPointsAtItsNearestKnownAncestorNotAtASiblingsText() {
    String yaml = "schemaVersion: 1\nperson:\n  name: Ada Testwell\nclaims:\n"
        + "  - id: a\n    statement: First TODO\n"
        + "  - id: b\n    statement: Second TODO\n";
    Fixture read = Fixture.of("two.yaml", yaml);
    Map<String, SourcePosition> withoutStatements = new LinkedHashMap<>(read.profile().sourceMap().asMap());
    withoutStatements.keySet().removeIf(path -> path.endsWith(".statement"));
    Profile profile = Profile.builder().from(read.profile()).sourceMap(SourceMap.of(withoutStatements)).build();

    List<Diagnostic> found = findings(Fixture.checker().build().check(profile, yaml), "placeholder");

    assertThat(found).extracting(d -> d.position().orElseThrow().line()).containsExactly(5, 7);
  }

  @Test
  void configuredPatternsReplaceTheBuiltInOnes() {
    ProfileChecker checker = Fixture.checker().placeholderPatterns(List.of("\\bmonorepos\\b")).build();

    assertThat(findings(checker.check(DRAFT.profile(), DRAFT.text()), "placeholder"))
        .extracting(Diagnostic::message)
        .containsExactly("placeholder \"monorepos\" left in project `proj-shipwright`");
  }

  @Test
  void reportsAYearsClaimTheDatedEntriesDoNotSpanWithBothNumbers() {
    assertThat(findings(DRAFT.check(), "contradicted-claim")).singleElement().satisfies(d -> {
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.message()).isEqualTo("claim `claim-go-years` says \"10+ years\", but the dated entries and evidence"
          + " for go span 7.4 years (2019-06 to today)");
    });
  }

  @Test
  void acceptsAYearsClaimTheDatedEntriesSpan() {
    Profile profile = named()
        .addWork(Work.builder().id("w").startDate(PartialDate.ofYear(2010)).endDate(PartialDate.ofYear(2016)).addTags("Go").build())
        .addClaims(Claim.builder().id("c").statement("6+ years of Go").addTags("go").build())
        .build();

    assertThat(findings(check(profile), "contradicted-claim")).isEmpty();
  }

  @Test
  void countsAnOpenEndedEntryUpToTheCheckersToday() {
    Profile profile = named()
        .addWork(Work.builder().id("w").startDate(PartialDate.ofMonth(2020, 1)).addTags("go").build())
        .addClaims(Claim.builder().id("c").statement("7 years of Go").addTags("go").build())
        .build();

    assertThat(findings(check(profile), "contradicted-claim")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("span 6.8 years (2020-01 to today)"));
  }

  @Test
  void findingsComeInOrderOfImportance() {
    assertThat(DRAFT.check().findings()).extracting(Diagnostic::code).containsExactly(
        "unanswered-required", "claim-without-evidence", "weak-evidence", "unused-evidence", "dangling-reference",
        "placeholder", "placeholder", "placeholder", "placeholder", "placeholder", "placeholder", "contradicted-claim");
  }

  @Test
  void summarisesCoverage() {
    assertThat(DRAFT.check().coverage()).isEqualTo(Coverage.builder()
        .requiredAnswered(2).requiredTotal(3).preferredAnswered(2).preferredTotal(2)
        .claimsWithEvidence(3).claimsWithOnlyWeakEvidence(1).claimsTotal(4)
        .emptyClaims(0).placeholders(6).contradictions(1)
        .build());
  }

  @Test
  void scoresTheResearchEngineerExampleByTheDocumentedFormula() {
    CheckReport report = Fixture.checker().build().check(Examples.read("research-engineer"));

    // required 2/2 → 50, preferred 1/2 → 7.5, evidence 3 of 4 claims → 18.75, one placeholder and
    // one contradicted claim → 10 − 2 × 2.5 = 5: 81.25, rounded down.
    assertThat(report.scoreParts()).extracting(ScorePart::earned).containsExactly(50.0, 7.5, 18.75, 5.0);
    assertThat(report.score()).hasValue(81);
  }

  @Test
  void leavesOutPartsThatDoNotApplyAndScalesTheRestTo100() {
    Profile noTargetsNoClaims = named().build();
    Profile oneEvidencedClaim = claimWith(Evidence.builder().id("e").kind(EvidenceKind.AWARD).summary("Prize").build());

    // Clean text alone is not worth full marks: with nothing to answer and no claims there is no score.
    assertThat(check(noTargetsNoClaims).score()).isEmpty();
    assertThat(check(noTargetsNoClaims).notApplicable())
        .containsExactly(entry("required", "no target to answer"), entry("preferred", "no target to answer"), entry("evidence", "no claims"));
    assertThat(check(noTargetsNoClaims).passes(0)).isTrue();
    assertThat(check(noTargetsNoClaims).passes(1)).isFalse();
    assertThat(check(noTargetsNoClaims).toJson())
        .startsWith("{\n  \"score\": null,")
        .contains("\"notApplicable\": [\n    {\n      \"name\": \"required\",\n      \"reason\": \"no target to answer\"");
    assertThat(check(oneEvidencedClaim).score()).hasValue(100);
    assertThat(check(oneEvidencedClaim).scoreParts()).extracting(ScorePart::name).containsExactly("evidence", "clean");
    assertThat(check(oneEvidencedClaim).notApplicable()).containsOnlyKeys("required", "preferred");
  }

  @Test
  void passesOnlyWithoutErrorsAndAtOrAboveTheMinimumScore() {
    Profile clean = claimWith(Evidence.builder().id("e").kind(EvidenceKind.AWARD).summary("Prize").build());

    assertThat(check(clean).passes(100)).isTrue();
    assertThat(DRAFT.check().passes(0)).isFalse();
  }

  @Test
  void usesTheOnlyTargetWhenNoneIsNamed() {
    assertThat(DRAFT.check().targets()).containsExactly("northwind-platform");
  }

  @Test
  void checksEveryTargetWhenSeveralAndNoneIsNamedAndNamesTheTargetInMessages() {
    Profile profile = named()
        .addTargets(Target.builder().id("a").title("A").addGroups(group(Priority.REQUIRED, "req-a")).build())
        .addTargets(Target.builder().id("b").title("B").addGroups(group(Priority.REQUIRED, "req-b")).build())
        .build();

    CheckReport all = check(profile);
    CheckReport onlyB = Fixture.checker().target("b").build().check(profile);

    assertThat(all.targets()).containsExactly("a", "b");
    assertThat(all.coverage().requiredTotal()).isEqualTo(2);
    assertThat(all.findings()).extracting(Diagnostic::message).allMatch(m -> m.contains("of target `"));
    assertThat(onlyB.targets()).containsExactly("b");
    assertThat(onlyB.findings()).singleElement().satisfies(d -> assertThat(d.message()).contains("`req-b`"));
  }

  @Test
  void refusesATargetTheProfileDoesNotHave() {
    assertThatThrownBy(() -> Fixture.checker().target("nope").build().check(DRAFT.profile()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the profile has no target `nope` (its targets: northwind-platform)");
  }

  @Test
  void positionsInsideFieldsAreFoundInJsonToo() {
    String json = dev.profilekit.model.format.Formats.standard().require("json").writer().orElseThrow()
        .write(DRAFT.profile(), dev.profilekit.model.format.WriteOptions.defaults()).content();
    Fixture fromJson = Fixture.of("draft.json", json);

    List<Diagnostic> found = findings(fromJson.check(), "placeholder");

    assertThat(found).hasSize(6);
    assertThat(found).allSatisfy(d -> {
      SourcePosition at = d.position().orElseThrow();
      String line = json.lines().skip(at.line() - 1).findFirst().orElseThrow();
      assertThat(line.substring(at.column() - 1)).startsWith(d.message().contains("empty list item") ? "-" : placeholderOf(d));
    });
  }

  private static String placeholderOf(Diagnostic d) {
    String message = d.message();
    return message.substring(message.indexOf('"') + 1, message.indexOf('"', message.indexOf('"') + 1));
  }

  /** A profile with a name, so the validator's missing-name warning stays out of the way. */
  private static Profile.Builder named() {
    return Profile.builder().person(Person.builder().name("Ada Testwell").build());
  }

  private static CheckReport check(Profile profile) {
    return Fixture.checker().build().check(profile);
  }

  private static Profile claimWith(Evidence evidence) {
    return named()
        .addClaims(Claim.builder().id("c").statement("Did a thing").addEvidence(evidence.id()).build())
        .addEvidence(evidence)
        .build();
  }

  private static RequirementGroup group(Priority priority, String requirementId) {
    return RequirementGroup.builder().priority(priority)
        .addRequirements(Requirement.builder().id(requirementId).text("Text of " + requirementId).build())
        .build();
  }
}
