package dev.profilekit.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.Identified;
import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.Section;
import dev.profilekit.model.Target;
import dev.profilekit.model.testing.Examples;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProfileTailorTest {
  private static final Profile PROFILE = Fixture.resource("tailor.yaml").profile();

  @Test
  void keepsTheTargetItsClaimsTheirEvidenceAndTheEntriesTheEvidenceRefersTo() {
    Profile tailored = ProfileTailor.tailor(PROFILE, "streaming-role", List.of(), List.of());

    assertThat(tailored.targets()).extracting(Target::id).containsExactly("streaming-role");
    assertThat(tailored.claims()).extracting(Claim::id).containsExactly("claim-spark");
    assertThat(tailored.evidence()).extracting(Evidence::id).containsExactly("ev-pub");
    assertThat(ids(tailored.work())).containsExactly("work-tidewater");
    assertThat(ids(tailored.publications())).containsExactly("pub-streaming");
    assertThat(ids(tailored.projects())).containsExactly("proj-lakehouse");
    assertThat(ids(tailored.skills())).containsExactly("spark");
    assertThat(tailored.education()).isEmpty();
    assertThat(tailored.sections()).isEmpty();
    assertThat(tailored.languages()).isEmpty();
    assertThat(tailored.interests()).isEmpty();
    assertThat(tailored.person()).isEqualTo(PROFILE.person());
  }

  @Test
  void claimsWithAGivenTagComeAlongInTheirOriginalOrder() {
    Profile tailored = ProfileTailor.tailor(PROFILE, "streaming-role", List.of("SQL"), List.of());

    assertThat(tailored.claims()).extracting(Claim::id).containsExactly("claim-spark", "claim-sql");
    assertThat(tailored.evidence()).extracting(Evidence::id).containsExactly("ev-pub", "ev-course");
    assertThat(ids(tailored.work())).containsExactly("work-tidewater", "work-ferry");
    assertThat(ids(tailored.education())).containsExactly("edu-msc");
    assertThat(ids(tailored.skills())).containsExactly("spark", "sql");
  }

  @Test
  void keepsNamedSectionsWithTheirSubSectionsAndTheParentsOfNamedSubSections() {
    Profile whole = ProfileTailor.tailor(PROFILE, "streaming-role", List.of(), List.of("about"));
    Profile inner = ProfileTailor.tailor(PROFILE, "streaming-role", List.of(), List.of("Teaching"));

    assertThat(whole.sections()).containsExactly(PROFILE.sections().get(0));
    assertThat(inner.sections()).singleElement().satisfies(about -> {
      assertThat(about.title()).isEqualTo("About me");
      assertThat(about.sections()).extracting(Section::title).containsExactly("Teaching");
    });
  }

  @Test
  void theResultValidatesWithoutErrors() {
    for (Target target : PROFILE.targets()) {
      Profile tailored = ProfileTailor.tailor(PROFILE, target.id(), List.of("sql"), List.of("hobbies"));

      assertThat(ProfileValidator.validate(tailored)).isEmpty();
    }
  }

  @Test
  void dropsReferencesTheInputItselfCannotResolve() {
    Profile draft = Fixture.resource("draft.yaml").profile();

    Profile tailored = ProfileTailor.tailor(draft, "northwind-platform", List.of(), List.of());

    assertThat(tailored.claim("claim-ci").orElseThrow().evidence()).containsExactly("ev-ci-time");
    assertThat(ProfileValidator.validate(tailored)).noneMatch(d -> d.isError());
  }

  @Test
  void tailoringTheResearchEngineerExampleLeavesOutTheUnrelatedJob() {
    Profile example = Examples.read("research-engineer");

    Profile tailored = ProfileTailor.tailor(example, "acme-research-engineer", List.of(), List.of());

    assertThat(ids(tailored.work())).containsExactly("work-lumen");
    assertThat(tailored.claims()).hasSameSizeAs(example.claims());
    assertThat(tailored.targets().get(0).groups().stream().flatMap(g -> g.requirements().stream()))
        .extracting(Requirement::id).containsExactly(
            Optional.of("req-eval"), Optional.of("req-python"), Optional.of("req-mentoring"), Optional.of("req-distributed"));
  }

  @Test
  void refusesAnUnknownTargetOrSection() {
    assertThatThrownBy(() -> ProfileTailor.tailor(PROFILE, "nope", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the profile has no target `nope` (its targets: streaming-role, baker-role)");
    assertThatThrownBy(() -> ProfileTailor.tailor(PROFILE, "streaming-role", List.of(), List.of("hobbys")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no section has the id or title: hobbys");
  }

  private static List<String> ids(List<? extends Identified> entries) {
    return entries.stream().map(Identified::id).flatMap(Optional::stream).toList();
  }
}
