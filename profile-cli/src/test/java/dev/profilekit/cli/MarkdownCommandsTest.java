package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.testing.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Markdown format through the command line: pages in, pages out, answers documents. */
class MarkdownCommandsTest {
  private static final String ABOUT = """
      ---
      layout: single
      title: About me
      permalink: /about/
      ---

      I bind *books* by hand.

      ## Find me

      - [Mastodon](https://social.example/@sam)
      """;

  @TempDir Path dir;

  @Test
  void convertsAnAboutPageToYamlKeepingItsFrontMatter() throws IOException {
    Path page = write("about.md", ABOUT);

    CliRunner.Result result = run("convert", page.toString(), "--to", "yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    // "About me" names the page, not the person: it stays the page's title.
    assertThat(result.out()).doesNotContain("name: About me").contains("title: About me").contains("permalink: /about/")
        .contains("summary: I bind *books* by hand.").contains("- title: Find me");
    assertThat(result.err()).contains("about.md:1:1: warning: the profile has no name");
  }

  @Test
  void reportsNoMissingNameWhenTheFrontMatterOptionGivesThePageATitle() throws IOException {
    Path page = write("about.md", ABOUT);

    CliRunner.Result result = run("convert", page.toString(), "--to", "markdown", "--front-matter", "title=Sam Binder");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).doesNotContain("missing-name");
    assertThat(result.out()).startsWith("---\nlayout: single\ntitle: Sam Binder\npermalink: /about/\n---\n");
  }

  @Test
  void writesHtmlUnderStrictWithoutReportingTheHeadingLevelsOfThePage() throws IOException {
    Path page = write("about.md", "---\ntitle: Sam Binder\n---\n\n# Books\n\nI bind them.\n\n# Tools\n\nBone folders.\n");
    Path out = dir.resolve("about.html");

    CliRunner.Result result = run("convert", page.toString(), "-o", out.toString(), "--strict");

    assertThat(result.err()).doesNotContain("markdown-level");
    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(out)).contains("Bone folders.");
  }

  @Test
  void readsHeadingsAsTheSetOptionMapsThem() throws IOException {
    Path page = write("about.md", ABOUT);

    CliRunner.Result result = run("convert", page.toString(), "--to", "yaml", "--set", "markdown.heading.Find me=links");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("network: Mastodon").contains("url: https://social.example/@sam");
  }

  @Test
  void writesAPageWithFrontMatterSetOnTheCommandLineThatReadsBack() {
    Path out = dir.resolve("about.md");

    CliRunner.Result result = run("convert", Examples.directory().resolve("full.yaml").toString(), "-o", out.toString(),
        "--front-matter", "layout=splash", "--front-matter", "sidebar=false");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    Profile read = Profiles.read(out).profile().orElseThrow();
    assertThat(read.frontMatter()).containsEntry("layout", "splash").containsEntry("sidebar", false);
    assertThat(read.work()).isEqualTo(Examples.read("full").work());
  }

  @Test
  void writesTheAnswersDocumentForATarget() {
    CliRunner.Result result = run("convert", Examples.directory().resolve("research-engineer.yaml").toString(),
        "--to", "markdown", "--target", "acme-research-engineer");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("# You may be a good fit if you\n").contains("## Have strong Python skills\n");
  }

  @Test
  void reportsMalformedFrontMatterWithItsPosition() throws IOException {
    Path page = write("broken.md", "---\ntitle: Ada\n  bad: indent\n---\n\nText.\n");

    CliRunner.Result result = run("convert", page.toString(), "--to", "yaml");

    assertThat(result.exitCode()).isNotEqualTo(ExitCode.OK);
    assertThat(result.err()).contains("broken.md:3:6: error: not valid syntax").doesNotContain("Exception");
    assertThat(result.out()).isEmpty();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
