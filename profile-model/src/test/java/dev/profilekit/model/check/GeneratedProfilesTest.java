package dev.profilekit.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
import dev.profilekit.model.Target;
import dev.profilekit.model.testing.ProfileGenerator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property-style: checking and tailoring hold up on seeded random (valid) profiles. */
class GeneratedProfilesTest {
  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @Test
  void theSeedsGiveTargetsToTailorAndClaimsToCheck() {
    List<Profile> profiles = seeds().mapToObj(seed -> ProfileGenerator.withSeed(seed).next()).toList();

    assertThat(profiles).filteredOn(p -> !p.targets().isEmpty()).hasSizeGreaterThan(50);
    assertThat(profiles).filteredOn(p -> !p.claims().isEmpty()).hasSizeGreaterThan(50);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyTailoredProfileValidatesWithoutErrors(long seed) {
    Profile profile = ProfileGenerator.withSeed(seed).next();

    for (Target target : profile.targets()) {
      Profile tailored = ProfileTailor.tailor(profile, target.id(), List.of(), List.of());

      assertThat(ProfileValidator.validate(tailored)).noneMatch(Diagnostic::isError);
      assertThat(tailored.targets()).containsExactly(profile.targets().stream()
          .filter(t -> t.id().equals(target.id())).findFirst().orElseThrow());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theScoreStaysBetween0And100AndErrorsMatchTheirCount(long seed) {
    Profile profile = ProfileGenerator.withSeed(seed).next();

    CheckReport report = Fixture.checker().build().check(profile);

    report.score().ifPresent(score -> assertThat(score).isBetween(0, 100));
    // Nothing to score only when there is nothing to answer and no claim with words.
    assertThat(report.score().isPresent())
        .isEqualTo(report.coverage().requiredTotal() + report.coverage().preferredTotal()
            + report.coverage().claimsTotal() - report.coverage().emptyClaims() > 0);
    assertThat(report.errorCount() + report.warningCount()).isEqualTo(report.findings().size());
    assertThat(report.coverage().requiredAnswered()).isLessThanOrEqualTo(report.coverage().requiredTotal());
  }
}
