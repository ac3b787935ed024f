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
}
