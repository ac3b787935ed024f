package dev.profilekit.render.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.testing.Examples;
import dev.profilekit.model.testing.ProfileGenerator;
import dev.profilekit.render.markdown.MarkdownWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page read with its outline parsed in pieces reads as the page parsed at once: the same
 * profile, the same diagnostics at the same file:line:col. Pieces of one character try every
 * cut the reader may make; a few other sizes try pieces that hold several cuts.
 */
class OutlinePiecesTest {
  private static final int[] PIECE_SIZES = {1, 5, 200};

  /** Lines that start, end and continue blocks in every way a cut could get wrong. */
  private static final String[] LINES = {
    "# Sam Quill", "## Notes", "## Links", "### Claims", "## You may be a good fit if you", "## Experience", "### Nordrail",
    "- a", "  - b", "    - c", "- [GitHub](https://github.example.org/sq)", "* star", "+ plus", "1. one", "2) two", "3. three",
    "10. ten", "-", "- ", "  continued", "    indented code", "\tcode after a tab", "lazy continuation", "> quote", ">> deeper",
    "> - quoted item", ">   quoted continuation", "> > nested quote", ">", "> # quoted heading", "> ```", "> 1. quoted one",
    "> * quoted star", ">     quoted code", "> [r]: https://q.example.org/", "> | a |", "> |---|", "```", "~~~", "````", "# inside a fence?", "<div>", "</div>", "<!-- a comment", "-->",
    "<!-- profilekit:section -->", "<!-- profilekit:claims -->", "<pre>", "</pre>", "| a | b |", "|---|---|", "| x | y |",
    "[r]: https://e.example.org/r", "[r]: https://other.example.org/", "[r] and [s][r]", "[s]: <https://s.example.org/> \"t\"",
    "Setext title", "===", "---", "***", "___", "text with *emphasis*", "TODO", "  - nested after text", "   # three spaces",
    " - one space", "", "", "", ""
  };

  /** Pages where a cut in the wrong place changes what is a heading or a part's blocks. */
  static final String[] TRICKY = {
    // A reference definition's paragraph goes on: the underline makes all of it a heading.
    "## Notes\n\n[r]: https://e.example.org/r\nSetext title\n===\n## Links\n\n- [Site](https://s.example.org/)\n",
    "## Notes\n\n| a | b |\n|---|---|\n| x | y |\nSetext title\n---\n",
    "## Links\n\n- [A](https://a.example.org/)\n* [B](https://b.example.org/)\n- [C](https://c.example.org/)\n",
    "## Claims\n<!-- profilekit:claims -->\n\n1. one\n2) two\n3. three\n- four\n  - evidence\n",
    "## Notes\n\n- a\n\n  # in the item\n# at the top\n- b\nlazy\n# also at the top\n",
    "## Notes\n\n> quote\n# heading\n> - item\n>   # in the quote\n",
    "## Notes\n\n```\n# in a fence\n- a\n```\n# after\n<div>\n# in html\n\n# after html\n",
    "## Notes\n    <!-- profilekit:section -->\n    code\n# after code\n",
    "## Notes\n\n> - a\n>   b\n> - c\nlazy\n# top\n> > - d\n> - e\n>\n# top again\n",
    "## Notes\n\n> [r]: https://q.example.org/\n> Setext in a quote\n> ---\n> - item\n# top\n",
  };

  static Stream<Arguments> pages() {
    List<Arguments> pages = new ArrayList<>();
    for (int i = 0; i < TRICKY.length; i++) {
      pages.add(Arguments.of("tricky page " + i, TRICKY[i]));
    }
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("../examples"))) {
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(f -> f.toString().endsWith(".md") && !f.toString().contains("/target/")).sorted()
            .forEach(f -> pages.add(Arguments.of(f.toString(), read(f))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    MarkdownWriter writer = new MarkdownWriter();
    for (Path example : Examples.yamlFiles()) {
      pages.add(Arguments.of("written from " + example.getFileName(), writer.write(Examples.read(example)).content()));
    }
    for (long seed = 0; seed < 20; seed++) {
      Profile profile = ProfileGenerator.withSeed(seed).next();
      pages.add(Arguments.of("written from generated profile " + seed, writer.write(profile).content()));
    }
    for (long seed = 0; seed < 250; seed++) {
      pages.add(Arguments.of("random page " + seed, randomPage(seed)));
    }
    return pages.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void readsThePageInPiecesAsAtOnce(String name, String page) {
    ReadResult atOnce = DocumentReader.read("page.md", page, ReadOptions.defaults(), Integer.MAX_VALUE);
    for (int size : PIECE_SIZES) {
      ReadResult inPieces = DocumentReader.read("page.md", page, ReadOptions.defaults(), size);

      assertThat(inPieces.profile()).as("%s in pieces of %d:%n%s", name, size, page).isEqualTo(atOnce.profile());
      assertThat(inPieces.diagnostics()).as("%s in pieces of %d:%n%s", name, size, page).isEqualTo(atOnce.diagnostics());
    }
  }

  @Test
  void readsAPageOfNestedListsInPiecesAsAtOnce() {
    String page = "# Sam Quill\n\n## Notes\n\n" + "- a\n  - b\n    - c\n".repeat(2_000) + "\n## Links\n\n- [Site](https://s.example.org/)\n";
    ReadResult atOnce = DocumentReader.read("page.md", page, ReadOptions.defaults(), Integer.MAX_VALUE);
    ReadResult inPieces = DocumentReader.read("page.md", page, ReadOptions.defaults(), 100);

    assertThat(atOnce.profile()).isPresent();
    assertThat(inPieces.profile()).isEqualTo(atOnce.profile());
    assertThat(inPieces.diagnostics()).isEqualTo(atOnce.diagnostics());
  }

  static String randomPage(long seed) {
    Random random = new Random(seed);
    StringBuilder page = new StringBuilder();
    if (random.nextBoolean()) {
      page.append("---\nname: Sam Quill\n---\n");
    }
    int lines = 1 + random.nextInt(60);
    for (int i = 0; i < lines; i++) {
      page.append(LINES[random.nextInt(LINES.length)]).append('\n');
    }
    return page.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
