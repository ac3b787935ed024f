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

/** Each form of the example posting imports, and every form gives the same target. */
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

  private static List<String> ids(Target target) {
    return target.groups().stream().map(RequirementGroup::requirements).flatMap(List::stream)
        .map(r -> r.id().orElseThrow()).toList();
  }
}
