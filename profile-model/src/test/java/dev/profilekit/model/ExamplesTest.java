package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.testing.Examples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesTest {
  static List<Path> examples() {
    return Examples.yamlFiles();
  }

  @Test
  void thereAreAtLeastThreeExamples() {
    assertThat(examples()).extracting(p -> p.getFileName().toString())
        .contains("full.yaml", "research-engineer.yaml", "minimal.yaml");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleReadsAndValidatesWithoutAnyDiagnostic(Path example) {
    ReadResult result = Formats.standard().require("yaml").reader().orElseThrow().read(Input.ofPath(example));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(ProfileValidator.validate(result.profile().orElseThrow())).isEmpty();
  }

  @Test
  void theFullExampleUsesEveryPartOfTheModel() {
    Profile full = Examples.read("full");

    assertThat(full.person().location()).isPresent();
    assertThat(full.person().links()).isNotEmpty();
    assertThat(full.frontMatter()).isNotEmpty();
    assertThat(full.sections()).anySatisfy(s -> assertThat(s.sections()).isNotEmpty());
    assertThat(full.work()).isNotEmpty();
    assertThat(full.volunteer()).isNotEmpty();
    assertThat(full.education()).isNotEmpty();
    assertThat(full.awards()).isNotEmpty();
    assertThat(full.certificates()).isNotEmpty();
    assertThat(full.publications()).isNotEmpty();
    assertThat(full.skills()).isNotEmpty();
    assertThat(full.languages()).isNotEmpty();
    assertThat(full.interests()).isNotEmpty();
    assertThat(full.references()).isNotEmpty();
    assertThat(full.projects()).isNotEmpty();
    assertThat(full.claims()).isNotEmpty();
    assertThat(full.evidence()).anySatisfy(e -> assertThat(e.metric()).isPresent());
    assertThat(full.targets()).isNotEmpty();
    assertThat(full.meta()).isPresent();
  }

  @Test
  void theResearchEngineerBacksClaimsWithSeveralKindsOfEvidenceAndHasDrafts() {
    Profile profile = Examples.read("research-engineer");

    assertThat(profile.evidence()).extracting(Evidence::kind)
        .contains(EvidenceKind.PUBLICATION, EvidenceKind.METRIC, EvidenceKind.AWARD, EvidenceKind.TESTIMONIAL);
    assertThat(profile.claims()).anyMatch(Claim::draft);
    assertThat(profile.targets().get(0).groups()).extracting(RequirementGroup::priority)
        .containsExactly(Priority.REQUIRED, Priority.PREFERRED);
  }
}
