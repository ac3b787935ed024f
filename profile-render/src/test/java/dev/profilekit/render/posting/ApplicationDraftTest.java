package dev.profilekit.render.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.Profile;
import dev.profilekit.model.check.AnswerEvidence;
import dev.profilekit.model.check.CheckReport;
import dev.profilekit.model.check.ProfileChecker;
import dev.profilekit.model.check.Suggestion;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.testing.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example application draft of the README's walkthrough, written in prose and bullets under
 * the posting's headings: what `profile check` makes of it.
 */
class ApplicationDraftTest {
  private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
  private static Profile draft;
  private static CheckReport report;

  @BeforeAll
  static void check() throws IOException {
    Path file = Examples.directory().resolve("application-draft.md");
    String text = Files.readString(file);
    ReadResult read = Formats.standard().require("markdown").reader().orElseThrow()
        .read(Input.ofString("application-draft.md", text));
    assertThat(read.diagnostics()).isEmpty();
    draft = read.profile().orElseThrow();
    report = ProfileChecker.builder().clock(TODAY).build().check(draft, text);
  }

  private static List<String> codes() {
    return report.findings().stream().map(Diagnostic::code).toList();
  }

  @Test
  void everyRequirementAnsweredInProseOrBulletsIsAnsweredAndOnlyTheTbdOneIsNot() {
    assertThat(report.coverage().requiredTotal()).isEqualTo(5);
    assertThat(report.coverage().requiredAnswered()).isEqualTo(4);
    assertThat(report.coverage().preferredAnswered()).isEqualTo(report.coverage().preferredTotal());
    assertThat(report.findings()).filteredOn(d -> d.code().startsWith("unanswered")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("Communicate clearly with researchers and engineers"));
    assertThat(codes()).contains("empty-claim");
  }

  @Test
  void everyMetricAwardPublicationProjectAndRoleInAnAnswerIsEvidence() {
    assertThat(report.answerEvidence()).extracting(AnswerEvidence::kind).contains(
        EvidenceKind.METRIC, EvidenceKind.AWARD, EvidenceKind.PUBLICATION, EvidenceKind.PROJECT, EvidenceKind.ROLE);
    assertThat(report.answerEvidence()).filteredOn(e -> e.kind() == EvidenceKind.METRIC).extracting(AnswerEvidence::text)
        .containsExactly("model accuracy improved from ~70% to 80+% over two quarters",
            "Rewrote the feature pipeline with 50x less code and 25% faster runs");
    // Entries of a hand-written page have no ids: evidence points at them by path.
    assertThat(report.answerEvidence()).filteredOn(e -> e.kind() == EvidenceKind.PUBLICATION)
        .allSatisfy(e -> assertThat(e.refs()).containsExactly("$.publications[0]"));
    assertThat(report.answerEvidence()).filteredOn(e -> e.text().startsWith("I have written Python"))
        .extracting(AnswerEvidence::refs, AnswerEvidence::weak).containsExactly(tuple(List.of("$.work[0]"), false));
    assertThat(report.answerEvidence()).filteredOn(e -> e.text().startsWith("Brought models"))
        .extracting(AnswerEvidence::refs).containsExactly(List.of("$.work[0]", "$.work[1]"));
    assertThat(report.answerEvidence()).allSatisfy(e -> assertThat(e.position()).isPresent());
  }

  @Test
  void onlyTheVagueOpenSourceClaimLacksEvidenceAndTheSuggestionNamesTheProject() {
    int claims = report.coverage().claimsTotal() - report.coverage().emptyClaims();
    assertThat(report.coverage().claimsWithEvidence()).isEqualTo(claims - 1);
    assertThat(report.coverage().claimsWithOnlyWeakEvidence()).isZero();
    assertThat(report.suggestions()).filteredOn(s -> s.forKind().equals("claim")).singleElement().satisfies(s -> {
      assertThat(s.forId()).startsWith("claim-contributor-to-several-open-source");
      Suggestion.Match best = s.matches().get(0);
      assertThat(best.path()).isEqualTo("$.projects[0]");
      assertThat(best.matchedWords()).contains("open", "source");
    });
  }

  @Test
  void theScoreCountsOnlyTheRealGaps() {
    // required 4/5 → 40; preferred 3/3 → 15; evidence 10 of the 11 claims with words (the TBD one
    // is left out) → 22.73; three placeholders → 10 − 7.5 = 2.5: 80.23 of 100.
    assertThat(report.scoreParts()).extracting(p -> p.name() + " " + p.earned())
        .containsExactly("required 40.0", "preferred 15.0", "evidence 22.73", "clean 2.5");
    assertThat(report.score()).hasValue(80);
    assertThat(codes()).filteredOn(c -> c.equals("placeholder")).hasSize(3);
  }

  @Test
  void finishingTheThreeGapsIsWhatItTakesToScore100() throws IOException {
    String finished = Files.readString(Examples.directory().resolve("application-draft.md"))
        .replace(" (perhaps give some examples)", "")
        .replace("\nTBD\n", "\nI explain forecasts to shop owners every week at Tidewater Analytics.\n")
        .replace(" (you need to expand this)", ", quillstat among them");
    Profile profile = Formats.standard().require("markdown").reader().orElseThrow()
        .read(Input.ofString("finished.md", finished)).profile().orElseThrow();

    CheckReport done = ProfileChecker.builder().clock(TODAY).build().check(profile, finished);

    assertThat(done.findings()).isEmpty();
    assertThat(done.suggestions()).isEmpty();
    assertThat(done.score()).hasValue(100);
  }
}
