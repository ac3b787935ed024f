package dev.profilekit.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.profilekit.model.Award;
import dev.profilekit.model.Claim;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Person;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Project;
import dev.profilekit.model.Publication;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.Target;
import dev.profilekit.model.Work;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Evidence read from the words of an answer, rule by rule. */
class AnswerEvidenceTest {
  private static final Work TIDEWATER = Work.builder().id("work-tidewater").name("Tidewater Analytics")
      .position("Senior machine learning engineer").startDate(PartialDate.parse("2022-03")).build();
  private static final Work BRIGHTWATER = Work.builder().id("work-brightwater").name("Brightwater Studio")
      .position("Machine learning engineer").startDate(PartialDate.parse("2019-01")).endDate(PartialDate.parse("2022-02")).build();

  private static Profile.Builder base() {
    return Profile.builder().person(Person.builder().name("Sanna Okafor").build());
  }

  private static CheckReport checkClaim(Profile.Builder profile, String statement) {
    return Fixture.checker().build().check(profile.addClaims(Claim.builder().id("c").statement(statement).build()).build());
  }

  private static List<AnswerEvidence> read(Profile.Builder profile, String statement) {
    return checkClaim(profile, statement).answerEvidence();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "model accuracy improved ~70% to 80+%",
      "50x less code and 25% faster",
      "a 3× smaller index",
      "cut the build from 40 min to 4 min",
      "queries ran 10 times faster",
  })
  void aMeasuredOutcomeIsMetricEvidence(String statement) {
    assertThat(read(base(), statement)).extracting(AnswerEvidence::kind, AnswerEvidence::weak)
        .containsExactly(tuple(EvidenceKind.METRIC, false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ten years of Python",
      "Worked from home to the office",
      "0x1F is a hex number",
      "Mentored junior engineers",
  })
  void wordsWithoutAMeasureOrANameAreNoEvidence(String statement) {
    assertThat(read(base(), statement)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "I have never published anything.",
      "I have not yet won an award.",
      "I haven't published a paper, and no award either.",
      "I am 100% motivated.",
      "Give 110 percent every day.",
  })
  void aNegatedSentenceOrAPercentageOfNothingIsNoEvidenceAndDoesNotScore(String statement) {
    CheckReport report = checkClaim(base(), statement);

    assertThat(report.answerEvidence()).isEmpty();
    assertThat(report.coverage().claimsWithEvidence()).isZero();
    assertThat(report.findings()).extracting(Diagnostic::code).contains("claim-without-evidence");
    assertThat(report.score().orElseThrow()).isLessThan(100);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "I would describe myself as \"a fast learner\".|TESTIMONIAL",
      "I won an award.|AWARD",
      "I have published papers.|PUBLICATION",
  })
  void aBareKeywordOrALoneQuoteIsWeak(String statement, EvidenceKind kind) {
    CheckReport report = checkClaim(base(), statement);

    assertThat(report.answerEvidence()).extracting(AnswerEvidence::kind, AnswerEvidence::weak).containsExactly(tuple(kind, true));
    assertThat(report.coverage().claimsWithOnlyWeakEvidence()).isEqualTo(1);
    assertThat(report.findings()).extracting(Diagnostic::code).contains("weak-evidence");
    assertThat(report.score().orElseThrow()).isLessThan(100);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Cut p95 latency by 40%, with no downtime.|METRIC",
      "Not only did I cut costs by 30%, I also trained the team.|METRIC",
      "Won the 2023 Cultural Hero award.|AWARD",
      "Published in the Journal of Quiet Systems.|PUBLICATION",
  })
  void aNegationElsewhereOrAnIdentifiedKeywordStaysStrongEvidence(String statement, EvidenceKind kind) {
    assertThat(read(base(), statement)).extracting(AnswerEvidence::kind, AnswerEvidence::weak).contains(tuple(kind, false));
  }

  @Test
  void anAwardWithAQuoteIsOneAwardNotATestimonial() {
    List<AnswerEvidence> found = read(base(), "Received the recent Cultural Hero award, the citation stating 'she made it normal to ask for help'");

    assertThat(found).extracting(AnswerEvidence::kind).containsExactly(EvidenceKind.AWARD);
  }

  @Test
  void aQuoteAloneIsATestimonial() {
    assertThat(read(base(), "My lead wrote “the calmest on-call engineer I have worked with”"))
        .extracting(AnswerEvidence::kind).containsExactly(EvidenceKind.TESTIMONIAL);
  }

  @Test
  void aPublicationOrThesisIsPublicationEvidenceLinkedToTheEntryItNames() {
    var profile = base().addPublications(Publication.builder().id("pub-sparse").name("Sparse attention for small robots").build());

    assertThat(read(profile, "Master's thesis \"Sparse attention for small robots\", with 2 publications from it"))
        .singleElement().satisfies(e -> {
          assertThat(e.kind()).isEqualTo(EvidenceKind.PUBLICATION);
          assertThat(e.refs()).containsExactly("pub-sparse");
        });
  }

  @Test
  void aRepositoryUrlIsProjectEvidenceAndTheProjectsOwnUrlLinksTheProject() {
    var profile = base().addProjects(Project.builder().id("proj-quill").name("quillstat")
        .url("https://code.example.org/okafor/quillstat").build());

    assertThat(read(profile, "See https://code.example.org/okafor/quillstat/."))
        .extracting(AnswerEvidence::kind, AnswerEvidence::refs, AnswerEvidence::weak)
        .containsExactly(tuple(EvidenceKind.PROJECT, List.of("proj-quill"), false));
    assertThat(read(base(), "Maintainer of an open-source library: https://git.example.org/x/y"))
        .extracting(AnswerEvidence::kind, AnswerEvidence::weak).containsExactly(tuple(EvidenceKind.PROJECT, false));
    assertThat(read(base(), "https://blog.example.org/post"))
        .extracting(AnswerEvidence::kind, AnswerEvidence::weak).containsExactly(tuple(EvidenceKind.LINK, true));
  }

  @Test
  void anEmployerNamedInTheProfileIsRoleEvidenceLinkedToTheWorkEntry() {
    assertThat(read(base().addWork(TIDEWATER), "Shipped the forecasting model at tidewater analytics"))
        .extracting(AnswerEvidence::kind, AnswerEvidence::refs)
        .containsExactly(tuple(EvidenceKind.ROLE, List.of("work-tidewater")));
    assertThat(read(base().addWork(TIDEWATER), "Shipped the forecasting model at Unity")).isEmpty();
  }

  @Test
  void anEntryWithoutAnIdIsReferredToByItsPath() {
    var profile = base().addAwards(Award.builder().title("Cultural Hero").build());

    assertThat(read(profile, "Named Cultural Hero by my colleagues")).singleElement()
        .satisfies(e -> assertThat(e.refs()).containsExactly("$.awards[0]"));
  }

  @Test
  void aPointerLinksTheMatchingWorkEntriesOrIsWeak() {
    assertThat(read(base().addWork(BRIGHTWATER, TIDEWATER), "Python every day, as demonstrated by my recent work."))
        .extracting(AnswerEvidence::kind, AnswerEvidence::refs, AnswerEvidence::weak)
        .containsExactly(tuple(EvidenceKind.ROLE, List.of("work-tidewater"), false));
    assertThat(read(base().addWork(BRIGHTWATER, TIDEWATER), "Took models to production in my recent 3 jobs"))
        .singleElement().satisfies(e -> assertThat(e.refs()).containsExactly("work-tidewater", "work-brightwater"));

    CheckReport nothingToPointAt = checkClaim(base(), "Python every day, as demonstrated by my recent work.");
    assertThat(nothingToPointAt.answerEvidence()).singleElement().satisfies(e -> assertThat(e.weak()).isTrue());
    assertThat(nothingToPointAt.findings()).extracting(Diagnostic::code).containsExactly("weak-evidence");
    assertThat(nothingToPointAt.coverage().claimsWithOnlyWeakEvidence()).isEqualTo(1);
  }

  @Test
  void aClaimWithEvidenceInItsOwnWordsCountsAsEvidenced() {
    CheckReport report = checkClaim(base().addWork(TIDEWATER), "Rewrote the pipeline at Tidewater Analytics with 50x less code");

    assertThat(report.coverage().claimsWithEvidence()).isEqualTo(1);
    assertThat(report.findings()).extracting(Diagnostic::code).doesNotContain("claim-without-evidence");
    assertThat(report.answerEvidence()).extracting(AnswerEvidence::kind).containsExactly(EvidenceKind.ROLE, EvidenceKind.METRIC);
  }

  @Test
  void untypedEvidenceANestedBulletGaveIsReadForItsKind() {
    Profile profile = base()
        .addClaims(Claim.builder().id("c").statement("Shipped the demand model").addEvidence("ev-1").build())
        .addEvidence(Evidence.builder().id("ev-1").kind(EvidenceKind.OTHER).summary("accuracy went from 70% to 80%").build())
        .build();

    assertThat(Fixture.checker().build().check(profile).answerEvidence())
        .extracting(AnswerEvidence::kind, AnswerEvidence::path)
        .containsExactly(tuple(EvidenceKind.METRIC, "$.evidence[0].summary"));
  }

  @Test
  void aNoteToSelfIsNeitherEvidenceNorAnAnswer() {
    Profile profile = base()
        .addClaims(Claim.builder().id("c").statement("Mentored engineers (perhaps give 3 examples at Tidewater Analytics)").addEvidence("ev-1").build())
        .addEvidence(Evidence.builder().id("ev-1").kind(EvidenceKind.OTHER).summary("(add numbers)").build())
        .addWork(TIDEWATER)
        .build();

    CheckReport report = Fixture.checker().build().check(profile);

    assertThat(report.answerEvidence()).isEmpty();
    assertThat(report.findings()).extracting(Diagnostic::code).contains("claim-without-evidence");
  }

  @Test
  void emptyAndPlaceholderOnlyClaimsAnswerNothingAndAreReported() {
    Profile profile = base()
        .addClaims(Claim.builder().id("c-tbd").statement("TBD").build(), Claim.builder().id("c-empty").statement("").build(),
            Claim.builder().id("c-note").statement("(you need to expand this)").build())
        .addTargets(Target.builder().id("t").title("Role").addGroups(RequirementGroup.builder().priority(Priority.REQUIRED)
            .addRequirements(Requirement.builder().id("req-a").text("Python").addClaims("c-tbd", "c-empty", "c-note").build())
            .build()).build())
        .build();

    CheckReport report = Fixture.checker().build().check(profile);

    assertThat(report.findings()).extracting(Diagnostic::code)
        .containsSubsequence("unanswered-required", "empty-claim", "empty-claim", "empty-claim")
        .doesNotContain("claim-without-evidence");
    assertThat(report.findings().get(0).hint()).contains("its answer is empty or only a placeholder: write the answer");
    assertThat(report.coverage().requiredAnswered()).isZero();
    assertThat(report.coverage().emptyClaims()).isEqualTo(3);
    assertThat(report.notApplicable()).containsEntry("evidence", "no claims with words in them");
    // required 0/50, clean 10 − 2 placeholders × 2.5 = 5: 5 of 60.
    assertThat(report.score()).hasValue(8);
  }

  @Test
  void evidenceIsPlacedAtItsOwnWordsInTheSource() {
    String yaml = """
        schemaVersion: 1
        person: {name: Sanna Okafor}
        claims:
          - id: c
            statement: "Rewrote the pipeline with 50x less code"
        """;
    Fixture fixture = Fixture.of("draft.yaml", yaml);

    assertThat(fixture.check().answerEvidence()).singleElement()
        .satisfies(e -> assertThat(e.position()).contains(SourcePosition.of("draft.yaml", 5, 43)));
  }

  @Test
  void hostileAnswersAreReadInBoundedTime() {
    // An opening quote never closed, a "from" never followed by "to", digits without end.
    String statement = "\"" + "a".repeat(100_000) + " from 1" + " 2".repeat(50_000) + " " + "9".repeat(100_000);

    CheckReport report = checkClaim(base().addWork(TIDEWATER), statement);

    assertThat(report.answerEvidence()).isEmpty();
  }

  @Test
  void manyPercentagesOfNothingAndManyNegationsInOneSentenceAreReadInBoundedTime() {
    // Each number asks whether the sentence measures something, each find whether it is negated.
    String statement = "1% ".repeat(60_000) + "not, ".repeat(30_000) + "an award";

    CheckReport report = checkClaim(base(), statement);

    assertThat(report.answerEvidence()).extracting(AnswerEvidence::kind).containsExactly(EvidenceKind.AWARD);
  }
}
