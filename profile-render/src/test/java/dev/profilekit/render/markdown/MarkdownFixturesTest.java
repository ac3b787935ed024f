package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Link;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Section;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.TreeText;
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
    String model = TreeText.yaml(ModelTrees.write(MarkdownFixtures.read(fixture)));

    // The keys the reader maps into the model (title → name, headline → label) leave only their values.
    String page = MarkdownFixtures.text(fixture).replaceAll("(?m)^(title|headline):", "");
    Matcher words = WORD.matcher(page);
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

    // "About me" names the page; "Hi, I'm **Tove Almqvist**" names the person.
    assertThat(profile.person().name()).contains("Tove Almqvist");
    assertThat(profile.frontMatter()).containsEntry("layout", "single").containsEntry("permalink", "/about/")
        .containsEntry("author_profile", true).containsEntry("title", "About me");
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
  void readsEntriesUnderHeadingsTheMappingNamesAndKeepsTheirSections() {
    Profile profile = MarkdownFixtures.read(MarkdownFixtures.directory().resolve("about-mapped.md"));

    assertThat(profile.work()).extracting(w -> w.name().orElseThrow(), w -> w.position().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Tidewater Cloud (fictional)", "Senior SRE"),
            org.assertj.core.groups.Tuple.tuple("Brightline Hosting", "Systems engineer"));
    assertThat(profile.work().get(0).startDate()).contains(dev.profilekit.model.PartialDate.ofMonth(2021, 6));
    assertThat(profile.work().get(0).endDate()).isEmpty();
    assertThat(profile.work().get(0).summary()).contains("On-call lead for the storage platform; cut paging noise by half.");
    assertThat(profile.work().get(1).highlights()).containsExactly(
        "Migrated 300 servers without downtime", "Wrote the runbook everyone still uses");
    assertThat(profile.publications()).extracting(p -> p.url().orElseThrow()).containsExactly("https://talks.example.net/pagers");
    assertThat(profile.sections()).extracting(Section::title).containsExactly("Work history", "Talks", "Not mapped");
    assertThat(profile.sourceMap().positionOf("$.work[1].position").orElseThrow()).hasToString("about-mapped.md:23:17");
  }

  @Test
  void readsTheVisibleTextOfItsOwnPagesSoEditsCount() {
    String page = new MarkdownWriter().write(dev.profilekit.model.testing.Examples.read("full")).content()
        .replace("- **When:** Mar 2019 – present", "- **When:** Apr 2019 – Dec 2025");

    Profile edited = MarkdownFixtures.read("edited.md", page);

    assertThat(edited.work().get(0).startDate()).contains(dev.profilekit.model.PartialDate.ofMonth(2019, 4));
    assertThat(edited.work().get(0).endDate()).contains(dev.profilekit.model.PartialDate.ofMonth(2025, 12));
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
