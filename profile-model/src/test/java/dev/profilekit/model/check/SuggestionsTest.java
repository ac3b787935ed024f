package dev.profilekit.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Person;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Project;
import dev.profilekit.model.Publication;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Target;
import dev.profilekit.model.Work;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Suggestions for each gap: BM25 over stemmed words without stop words, with the words that matched. */
class SuggestionsTest {
  private static Profile.Builder profile() {
    return Profile.builder().person(Person.builder().name("Sanna Okafor").build())
        .addWork(Work.builder().id("work-tidewater").name("Tidewater Analytics").position("Engineer")
            .addHighlights("Mentored four junior engineers through their first launch", "Ran the quarterly planning")
            .build())
        .addProjects(Project.builder().id("proj-quill").name("quillstat").description("An open-source library for evaluating forecasts").build())
        .addPublications(Publication.builder().id("pub-sparse").name("Sparse attention for small robots").build());
  }

  private static Target target(String id, String text) {
    return Target.builder().id("t").title("Role").addGroups(RequirementGroup.builder().priority(Priority.REQUIRED)
        .addRequirements(Requirement.builder().id(id).text(text).build()).build()).build();
  }

  @Test
  void anUnansweredRequirementGetsTheEntriesThatShareItsStemmedWordsBestFirst() {
    CheckReport report = Fixture.checker().build().check(profile().addTargets(target("req-mentor", "Experience mentoring others")).build());

    assertThat(report.suggestions()).singleElement().satisfies(s -> {
      assertThat(s.forKind()).isEqualTo("requirement");
      assertThat(s.forId()).isEqualTo("req-mentor");
      assertThat(s.forPath()).isEqualTo("$.targets[0].groups[0].requirements[0]");
      // "mentoring" and "Mentored" share the stem "mentor".
      assertThat(s.matches().get(0).path()).isEqualTo("$.work[0].highlights[0]");
      assertThat(s.matches().get(0).kind()).isEqualTo("highlight");
      assertThat(s.matches().get(0).matchedWords()).containsExactly("Mentored");
    });
  }

  @Test
  void aClaimWithoutEvidenceGetsEvidenceAndEntriesButNeverClaims() {
    Profile profile = profile()
        .addClaims(Claim.builder().id("c-oss").statement("Contributed to open-source tools for evaluation").build(),
            Claim.builder().id("c-other").statement("Open-source evaluation fan").build())
        .build();

    CheckReport report = Fixture.checker().build().check(profile);

    Suggestion forOss = report.suggestions().stream().filter(s -> s.forId().equals("c-oss")).findFirst().orElseThrow();
    assertThat(forOss.forKind()).isEqualTo("claim");
    assertThat(forOss.matches()).extracting(Suggestion.Match::kind).doesNotContain("claim");
    assertThat(forOss.matches().get(0).id()).contains("proj-quill");
    assertThat(forOss.matches().get(0).matchedWords()).containsExactly("open", "source", "evaluating");
    assertThat(forOss.matches().get(0).score()).isPositive();
  }

  @Test
  void stopWordsAloneMatchNothing() {
    CheckReport report = Fixture.checker().build().check(profile().addTargets(target("req-the", "The and of for with")).build());

    assertThat(report.suggestions()).isEmpty();
    assertThat(report.findings()).extracting(Diagnostic::code).containsExactly("unanswered-required");
  }

  @Test
  void theProfilesLanguageChoosesTheStemmer() {
    // Only the German stemmer makes "Auswertungen" and "Vorhersagen" meet "Auswertung" and "Vorhersage".
    Profile german = Profile.builder().person(Person.builder().name("Jonas Weber").build())
        .frontMatter(Map.of("lang", "de-AT"))
        .addProjects(Project.builder().id("proj-x").name("Werkzeug").description("Auswertung einer Vorhersage").build())
        .addTargets(target("req-de", "Erfahrung mit Auswertungen von Vorhersagen"))
        .build();

    CheckReport report = Fixture.checker().build().check(german);

    assertThat(report.suggestions()).singleElement()
        .satisfies(s -> assertThat(s.matches().get(0).id()).contains("proj-x"));
    assertThat(report.findings()).extracting(Diagnostic::code).doesNotContain("no-stemmer-for-language");
    Profile unstemmed = Profile.builder().from(german).frontMatter(Map.of()).build();
    assertThat(Fixture.checker().build().check(unstemmed).suggestions()).isEmpty();
  }

  @Test
  void theDocumentedXLangKeyChoosesTheLanguage() {
    Fixture fixture = Fixture.of("de.yaml", """
        schemaVersion: 1
        x-lang: German
        person: {name: Jonas Weber}
        projects:
          - {id: proj-x, name: Werkzeug, description: Auswertung einer Vorhersage}
        targets:
          - id: t
            title: Rolle
            groups:
              - priority: required
                requirements:
                  - {id: req-de, text: Erfahrung mit Auswertungen von Vorhersagen}
        """);

    CheckReport report = fixture.check();

    assertThat(report.suggestions()).singleElement()
        .satisfies(s -> assertThat(s.matches().get(0).id()).contains("proj-x"));
  }

  @Test
  void aLanguageWithoutAnAnalyzerIsSaidAndRankedWithoutStemming() {
    Profile profile = profile().frontMatter(Map.of("lang", "tlh")).addTargets(target("req-x", "quillstat")).build();

    CheckReport report = Fixture.checker().build().check(profile);

    assertThat(report.findings()).extracting(Diagnostic::code).contains("no-stemmer-for-language");
    assertThat(report.suggestions()).singleElement()
        .satisfies(s -> assertThat(s.matches().get(0).id()).contains("proj-quill"));
  }

  @Test
  void theJsonReportCarriesTheSuggestions() {
    CheckReport report = Fixture.checker().build().check(profile().addTargets(target("req-mentor", "Experience mentoring others")).build());

    assertThat(report.toJson())
        .contains("\"suggestions\": [", "\"for\": \"requirement\"", "\"id\": \"req-mentor\"", "\"matchedWords\": [");
  }
}
