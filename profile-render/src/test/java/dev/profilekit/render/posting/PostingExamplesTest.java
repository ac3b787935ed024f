package dev.profilekit.render.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each form of the example posting imports, and gives the target README says it gives. */
class PostingExamplesTest {
  static Stream<String> examples() throws IOException {
    try (Stream<Path> files = Files.list(PostingExamples.directory())) {
      return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void thereIsAnExampleInEachPostingFormat() throws IOException {
    assertThat(examples().toList()).containsExactlyInAnyOrder(
        "heliotrope-ml-engineer.html", "heliotrope-ml-engineer.microdata.html", "heliotrope-ml-engineer.txt",
        "heliotrope-ml-engineer.md", "heliotrope-ml-engineer.job.json");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyFormGivesTheSameTitleResponsibilitiesAndRequirementIds(String name) {
    Target markdown = PostingExamples.read("heliotrope-ml-engineer.md");
    Target target = PostingExamples.read(name);

    assertThat(target.id()).isEqualTo("heliotrope-labs-fictional-machine-learning");
    assertThat(target.title()).isEqualTo(markdown.title());
    assertThat(target.organization()).isEqualTo(markdown.organization());
    assertThat(target.date()).isEqualTo(markdown.date());
    assertThat(target.responsibilities()).isEqualTo(markdown.responsibilities());
    List<String> ids = ids(target);
    // The JSON Resume job schema has one list of qualifications: the required group only.
    assertThat(ids).containsSubsequence(name.endsWith(".job.json") ? ids(markdown).subList(0, 5) : ids(markdown));
  }

  /** What README says of the groups, form by form: it must stay true. */
  @ParameterizedTest
  @MethodSource("examples")
  void everyFormGivesTheGroupsReadmeSaysWithTheirPriorities(String name) {
    Target markdown = PostingExamples.read("heliotrope-ml-engineer.md");
    List<String> shared = List.of("You may be a good fit if you/REQUIRED", "Strong candidates may also have/PREFERRED");
    assertThat(groups(markdown)).isEqualTo(shared);
    Target target = PostingExamples.read(name);

    if (name.endsWith(".job.json")) {
      assertThat(groups(target)).containsExactly("Qualifications/REQUIRED");
      assertThat(target.groups().get(0).requirements()).isEqualTo(markdown.groups().get(0).requirements());
    } else if (name.equals("heliotrope-ml-engineer.html")) {
      assertThat(groups(target)).containsExactly(shared.get(0), shared.get(1), "Experience/REQUIRED", "Education/REQUIRED");
      assertThat(target.groups().subList(0, 2)).isEqualTo(markdown.groups());
    } else {
      assertThat(target.groups()).isEqualTo(markdown.groups());
    }
  }

  private static List<String> groups(Target target) {
    return target.groups().stream().map(g -> g.title().orElse("") + "/" + g.priority()).toList();
  }

  private static List<String> ids(Target target) {
    return target.groups().stream().map(RequirementGroup::requirements).flatMap(List::stream)
        .map(r -> r.id().orElseThrow()).toList();
  }
}
