package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.Person;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Project;
import dev.profilekit.model.Publication;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Target;
import dev.profilekit.model.Work;
import dev.profilekit.model.check.CheckReport;
import dev.profilekit.model.check.ProfileChecker;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The check report a person sees. To regenerate the golden file after a deliberate change:
 * {@code -Dgolden.update=true}, then read the diff before committing it.
 */
class CheckReportTextTest {
  private static final Path SOURCE_DIR = Path.of("src/test/resources/check");
  /** The day the golden report was made: entries without an end run to this day. */
  private static final Clock TODAY =
      Clock.fixed(LocalDate.of(2026, 11, 23).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  @Test
  void writesTheDraftReportAsText() throws IOException {
    assertGolden("draft.report.txt", CheckReportText.text(draft(), false));
  }

  @Test
  void colourAppearsOnlyWhenAskedFor() throws IOException {
    CheckReport report = draft();

    assertThat(CheckReportText.text(report, false)).doesNotContain("\u001b[");
    assertThat(CheckReportText.text(report, true)).contains("\u001b[1;31merror\u001b[0m: ");
  }

  @Test
  void saysWhichPartsOfTheScoreDoNotApply() {
    Profile noTargetsNoClaims = named().build();
    Evidence award = Evidence.builder().id("e").kind(EvidenceKind.AWARD).summary("Prize").build();
    Profile oneEvidencedClaim = named()
        .addClaims(Claim.builder().id("c").statement("Did a thing").addEvidence(award.id()).build())
        .addEvidence(award)
        .build();

    assertThat(CheckReportText.text(check(noTargetsNoClaims), false))
        .contains("Score n/a  (nothing to score: no target to answer, no claims; clean 10/10)");
    assertThat(CheckReportText.text(check(oneEvidencedClaim), false))
        .contains("Score 100/100  (evidence 25/25 + clean 10/10)\n"
            + "  not applicable: required (no target to answer), preferred (no target to answer)\n");
  }

  @Test
  void listsTheSuggestionsForEachGap() {
    Profile profile = Profile.builder().person(Person.builder().name("Sanna Okafor").build())
        .addWork(Work.builder().id("work-tidewater").name("Tidewater Analytics").position("Engineer")
            .addHighlights("Mentored four junior engineers through their first launch", "Ran the quarterly planning")
            .build())
        .addProjects(Project.builder().id("proj-quill").name("quillstat")
            .description("An open-source library for evaluating forecasts").build())
        .addPublications(Publication.builder().id("pub-sparse").name("Sparse attention for small robots").build())
        .addTargets(Target.builder().id("t").title("Role").addGroups(RequirementGroup.builder()
            .priority(Priority.REQUIRED)
            .addRequirements(Requirement.builder().id("req-mentor").text("Experience mentoring others").build())
            .build()).build())
        .build();

    assertThat(CheckReportText.text(check(profile), false))
        .contains("Suggestions\n  answers for requirement `req-mentor`:\n    highlight `work-tidewater`");
  }

  private static Profile.Builder named() {
    return Profile.builder().person(Person.builder().name("Ada Testwell").build());
  }

  private static CheckReport check(Profile profile) {
    return ProfileChecker.builder().clock(TODAY).build().check(profile);
  }

  private static CheckReport draft() throws IOException {
    try (InputStream in = CheckReportTextTest.class.getResourceAsStream("/check/draft.yaml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Profile profile = Formats.standard().require("yaml").reader().orElseThrow()
          .read(Input.ofString("draft.yaml", text)).profile().orElseThrow();
      return ProfileChecker.builder().clock(TODAY).build().check(profile, text);
    }
  }

  private static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(SOURCE_DIR.resolve(name), actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = CheckReportTextTest.class.getResourceAsStream("/check/" + name)) {
      assertThat(in).as("golden file /check/" + name).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
