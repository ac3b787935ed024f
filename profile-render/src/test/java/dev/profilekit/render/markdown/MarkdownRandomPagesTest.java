package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pages assembled at random from Markdown's pieces: never an exception, and a rewrite reads back the same. */
class MarkdownRandomPagesTest {
  private static final String[] LINES = {
    "## Who am I", "### A brief history", "# You may be a good fit if you", "## Have strong Python skills",
    "## Links", "- [LinkedIn](https://linkedin.example.com/in/x)", "- plain bullet", "  - nested bullet",
    "    - deeper bullet\\", "* star bullet", "1. numbered", "> a quote", "<img src=\"a.png\">", "```",
    "# inside maybe a fence", "~~~", "| a | b |", "|---|---|", "text with *emphasis* and `code`", "TODO",
    "(perhaps give some examples)", "-", "---", "===", "<!-- a comment -->", "<div>", "</div>",
    "## Experience", "### Nordrail", "- **Position:** Lead", "- **When:** Mar 2019 – present", "\t tabbed",
    "Setext title", "", "", ""
  };

  static Stream<Long> seeds() {
    return LongStream.range(0, 1000).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsAnyPageAndReadsItsRewriteBackToTheSameProfile(long seed) {
    Random random = new Random(seed);
    StringBuilder page = new StringBuilder();
    if (random.nextBoolean()) {
      page.append("---\ntitle: Page ").append(seed).append("\nlayout: single\n---\n");
    }
    int lines = 1 + random.nextInt(40);
    for (int i = 0; i < lines; i++) {
      page.append(LINES[random.nextInt(LINES.length)]).append('\n');
    }

    ReadResult first = new MarkdownReader().read(Input.ofString("random.md", page.toString()));
    if (first.profile().isEmpty()) {
      // A page that starts with a line of `---` opens front matter, which then need not be YAML.
      assertThat(page.toString()).startsWith("---\n");
      assertThat(first.diagnostics()).first().satisfies(d -> assertThat(d.position()).isPresent());
      return;
    }
    Profile profile = first.profile().get();
    String rewritten = new MarkdownWriter().write(profile).content();
    ReadResult second = new MarkdownReader().read(Input.ofString("rewritten.md", rewritten));

    assertThat(second.profile()).as(page + "\n=====\n" + rewritten).contains(profile);
  }

  private static final String[] PERSON_LINES = {
    "I'm Jane Roe, a tester.", "My name is Ola Nordmann.", "# Ola Nordmann", "# About", "## Contact",
    "[GitHub](https://github.com/jroe)", "<a href=\"https://x.com/jroe\">X</a>", "Write to <mailto:jane@roe.example.org>",
    "https://orcid.org/0000-0002-1825-0097", "- [Mastodon](https://mastodon.social/@jroe)", "## Links", "## Experience",
    "### Nordrail", "text", "", ""
  };
  private static final String[] FRONT_MATTER = {
    "", "---\ntitle: About\n# a note\nlayout: single\n---\n", "---\ntitle: Kari Nordmann\n---\n",
    "---\nauthor: Per Hansen\nsocial:\n  github: phansen\n---\n", "+++\ntitle = \"Über mich\"\n# note\n[params]\nx = 1\n+++\n",
    "{\n  \"title\": \"Home\",\n  \"email\": \"home@roe.example.org\"\n}\n"
  };

  @ParameterizedTest
  @MethodSource("seeds")
  void readsAnyPageAboutAPersonInAnyLineEndsAndRewritesItStably(long seed) {
    Random random = new Random(seed);
    StringBuilder page = new StringBuilder(FRONT_MATTER[random.nextInt(FRONT_MATTER.length)]);
    int lines = 1 + random.nextInt(12);
    for (int i = 0; i < lines; i++) {
      page.append(PERSON_LINES[random.nextInt(PERSON_LINES.length)]).append('\n');
    }
    String lineEnd = new String[] {"\n", "\r\n", "\r"}[random.nextInt(3)];
    String text = page.toString().replace("\n", lineEnd);

    ReadResult first = new MarkdownReader().read(Input.ofString("person.md", text));
    Profile profile = first.profile().orElseThrow();
    String rewritten = new MarkdownWriter().write(profile).content();
    Profile second = new MarkdownReader().read(Input.ofString("rewritten.md", rewritten)).profile().orElseThrow();

    assertThat(second).as(text + "\n=====\n" + rewritten).isEqualTo(profile);
    assertThat(new MarkdownWriter().write(second).content()).isEqualTo(rewritten);
    assertThat(rewritten.replace(lineEnd, "")).doesNotContain("\n").doesNotContain("\r");
  }
}
