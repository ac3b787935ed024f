package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Link;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Section;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.internal.nativeformat.NativeWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written pages read with no text lost, and write back as the same page. */
class MarkdownFixturesTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  static List<Path> fixtures() {
    return MarkdownFixtures.all();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void keepsEveryWordOfThePageInTheProfile(Path fixture) {
    String model = NativeWriter.yaml().write(MarkdownFixtures.read(fixture)).content();

    Matcher words = WORD.matcher(MarkdownFixtures.text(fixture));
    while (words.find()) {
      assertThat(model).as("the word `%s`", words.group()).contains(words.group());
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void writesThePageBackAsTheSameDocumentUpToWhitespace(Path fixture) {
    String original = MarkdownFixtures.text(fixture);

    String written = new MarkdownWriter().write(MarkdownFixtures.read(fixture)).content();

    assertThat(MarkdownFixtures.frontMatter(written)).isEqualTo(MarkdownFixtures.frontMatter(original));
    assertThat(MarkdownFixtures.normalisedBody(written)).isEqualTo(MarkdownFixtures.normalisedBody(original));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void readsItsRewriteOfThePageBackToAnEqualProfile(Path fixture) {
    Profile profile = MarkdownFixtures.read(fixture);

    String written = new MarkdownWriter().write(profile).content();

    assertThat(MarkdownFixtures.read("rewritten.md", written)).isEqualTo(profile);
  }

  @Test
  void readsAJekyllAboutPageIntoFrontMatterSummarySectionsAndLinks() {
    Profile profile = MarkdownFixtures.read(MarkdownFixtures.directory().resolve("about-jekyll.md"));

    assertThat(profile.person().name()).contains("About me");
    assertThat(profile.frontMatter()).containsEntry("layout", "single").containsEntry("permalink", "/about/")
        .containsEntry("author_profile", true).doesNotContainKey("title");
    assertThat(profile.person().summary().orElseThrow())
        .startsWith("Hi, I'm **Tove Almqvist**")
        .endsWith("width=\"320\">");
    assertThat(profile.sections()).extracting(Section::title).containsExactly("Who am I", "Links", "Contact");
    Section whoAmI = profile.sections().get(0);
    assertThat(whoAmI.sections()).extracting(Section::title).containsExactly("A brief history", "What I care about");
    assertThat(whoAmI.sections().get(0).body().orElseThrow())
        .contains("Umeå (fictional campus)\\\n  long summers")
        .contains("    - lesson learned: *never* hand-enter");
    assertThat(profile.person().links())
        .containsExactly(
            Link.builder().network("LinkedIn").url("https://www.linkedin.example.com/in/tove-almqvist").build(),
            Link.builder().network("GitHub").url("https://github.example.com/tovealm").build(),
            Link.builder().network("Mastodon").url("https://ecology.social.example/@tove").build());
  }

  @Test
  void pointsTheSourceMapAtTheLinesOfThePage() {
    Profile profile = MarkdownFixtures.read(MarkdownFixtures.directory().resolve("about-jekyll.md"));

    assertThat(profile.sourceMap().positionOf("$.sections[0]").orElseThrow().line()).isEqualTo(14);
    assertThat(profile.sourceMap().positionOf("$.sections[0].sections[0].title").orElseThrow())
        .hasToString("about-jekyll.md:20:5");
    assertThat(profile.sourceMap().positionOf("$.person.links[0].url").orElseThrow()).hasToString("about-jekyll.md:39:14");
    assertThat(profile.sourceMap().positionOf("$.frontMatter.permalink").orElseThrow().line()).isEqualTo(4);
  }

  @Test
  void readsLinksUnderAHeadingTheFrontMatterNames() {
    Profile profile = MarkdownFixtures.read(MarkdownFixtures.directory().resolve("about-hugo.md"));

    assertThat(profile.person().links()).extracting(link -> link.network().orElseThrow())
        .containsExactly("GitHub", "Blog");
    assertThat(profile.sections()).extracting(Section::title)
        .containsExactly("Hello", "Experience so far", "Elsewhere", "Colophon");
    assertThat(profile.sections().get(1).body().orElseThrow()).contains("# not a heading: inside a code block");
  }

  @Test
  void readsLinksUnderAHeadingTheSettingsName() {
    String page = "## Find me\n\n- [Codeberg](https://codeberg.example.org/ada)\n";

    var result = new MarkdownReader().read(
        dev.profilekit.model.format.Input.ofString("find.md", page),
        dev.profilekit.model.format.ReadOptions.builder().putSettings("markdown.heading.Find me", "links").build());

    assertThat(result.profile().orElseThrow().person().links())
        .containsExactly(Link.builder().network("Codeberg").url("https://codeberg.example.org/ada").build());
  }

  @Test
  void setsAndOverridesFrontMatterKeysFromTheOptions() {
    Profile profile = MarkdownFixtures.read(MarkdownFixtures.directory().resolve("about-jekyll.md"));

    String written = new MarkdownWriter().write(profile,
        WriteOptions.builder().putFrontMatter("layout", "splash").putFrontMatter("sidebar", "false").build()).content();

    assertThat(MarkdownFixtures.frontMatter(written))
        .containsEntry("layout", "splash").containsEntry("sidebar", false).containsEntry("title", "About me");
  }
}
