package dev.profilekit.render.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.Target;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.target.JobPostingReader;
import dev.profilekit.model.target.TargetReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownPostingReaderTest {
  private static final MarkdownPostingReader READER = new MarkdownPostingReader();

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = MarkdownPostingReaderTest.class.getResourceAsStream("/posting/" + name)) {
      return in.readAllBytes();
    }
  }

  private static Target read(String name) throws IOException {
    TargetReadResult result = READER.read(Input.ofBytes(name, resource(name)));
    assertThat(result.diagnostics()).isEmpty();
    return result.target().orElseThrow();
  }

  @Test
  void importsAPostingTheSameWayAsItsJsonResumeTwin() throws IOException {
    Target fromMarkdown = read("web-developer.md");
    Target fromJson = new JobPostingReader().read(Input.ofBytes("sample.job.json", resource("sample.job-v1.2.1.json")))
        .target().orElseThrow();

    assertThat(fromMarkdown).isEqualTo(fromJson.withExtensions(Map.of()));
  }

  @Test
  void headingsWithListsBecomeGroupsAndSayWhetherTheyArePreferred() throws IOException {
    Target target = read("research-engineer.md");

    assertThat(target.id()).isEqualTo("research-engineer-evaluations");
    assertThat(target.title()).isEqualTo("Research Engineer, Evaluations");
    assertThat(target.groups()).extracting(RequirementGroup::title, RequirementGroup::priority).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Optional.of("You may be a good fit if you"), Priority.REQUIRED),
        org.assertj.core.groups.Tuple.tuple(Optional.of("Strong candidates may also have"), Priority.PREFERRED));
    assertThat(target.groups().get(0).requirements()).extracting(Requirement::text).containsExactly(
        "Have published or shipped work on model evaluation",
        "Have strong Python skills, including packaging and testing",
        "Comfortable with `pytest`");
    assertThat(target.groups().get(1).requirements()).extracting(Requirement::id).containsExactly(
        Optional.of("req-experience-mentoring-others"),
        Optional.of("req-experience-with-large-scale-distributed-training"));
  }

  @Test
  void aResponsibilitiesListIsContextNotRequirements() throws IOException {
    assertThat(read("research-engineer.md").responsibilities())
        .containsExactly("Build and run evaluations of new models", "Write up what you find");
  }

  @Test
  void keepsEveryParagraphAndListlessHeadingInTheDescription() throws IOException {
    assertThat(read("research-engineer.md").description()).contains(
        "Acme AI (fictional) builds evaluation tools for language models.\n\n"
            + "## About the team\n\n"
            + "We are six people who care about **honest numbers**.\n\n"
            + "## How to apply");
  }

  @Test
  void aPostingWithoutATitleIsAnError() {
    TargetReadResult result = READER.read(Input.ofString("untitled.md", "## Requirements\n\n- SQL\n"));

    assertThat(result.target()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "untitled.md:1:1: error: the posting has no title (at $) [missing-title]\n"
            + "  hint: start it with a `# Title` heading, or give `title:` in front matter");
  }

  @Test
  void badFrontMatterIsReportedAtItsLineInTheFile() {
    TargetReadResult result = READER.read(Input.ofString("p.md", "---\ntitle: Role\ndate: someday\n---\n- SQL\n"));

    assertThat(result.target()).isEmpty();
    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.position()).contains(SourcePosition.of("p.md", 3, 7)));
  }
}
