package dev.profilekit.model.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.Skill;
import dev.profilekit.model.Target;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.testing.Examples;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetImportTest {
  private static Target posting(String json) {
    return new JobPostingReader().read(Input.ofString("posting.json", json)).target().orElseThrow();
  }

  @Test
  void appendsTheTargetAndKeepsEverythingElse() {
    Profile example = Examples.read("research-engineer");
    Target target = posting("{\"title\": \"Evaluator\", \"qualifications\": [\"Patience\"]}");

    Profile imported = TargetImport.into(example, target);

    assertThat(imported.targets()).hasSize(2).last().isEqualTo(target);
    assertThat(Profile.builder().from(imported).targets(example.targets()).build()).isEqualTo(example);
    assertThat(ProfileValidator.validate(imported)).isEmpty();
  }

  @Test
  void numbersRequirementIdsThatTheProfileAlreadyUses() {
    Profile profile = Profile.builder()
        .person(Person.builder().name("Ada Testwell").build())
        .addSkills(Skill.builder().id("req-sql").name("SQL").build())
        .build();

    Profile imported = TargetImport.into(profile, posting("{\"title\": \"R\", \"qualifications\": [\"SQL\"]}"));

    assertThat(imported.targets().get(0).groups().get(0).requirements()).extracting(Requirement::id)
        .containsExactly(Optional.of("req-sql-2"));
    assertThat(ProfileValidator.validate(imported)).isEmpty();
  }

  @Test
  void refusesToReplaceATargetWithTheSameId() {
    Profile example = Examples.read("research-engineer");
    Target same = Target.builder().id("acme-research-engineer").title("Again").build();

    assertThatThrownBy(() -> TargetImport.into(example, same))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the profile already has a target `acme-research-engineer`");
  }
}
