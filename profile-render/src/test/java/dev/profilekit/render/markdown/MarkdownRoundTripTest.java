package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.testing.Examples;
import dev.profilekit.model.testing.ProfileGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The writer's own output reads back to an equal profile. */
class MarkdownRoundTripTest {
  private final MarkdownWriter writer = new MarkdownWriter();
  private final MarkdownReader reader = new MarkdownReader();

  static List<Path> examples() {
    return Examples.yamlFiles();
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 300).boxed();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsItsOwnOutputOfEachExampleBackToAnEqualProfile(Path example) {
    Profile profile = Examples.read(example);

    assertThat(roundTrip(profile)).isEqualTo(profile);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void readsItsOwnOutputOfGeneratedProfilesBackToAnEqualProfile(long seed) {
    Profile profile = ProfileGenerator.withSeed(seed).next();

    assertThat(roundTrip(profile)).isEqualTo(profile);
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> examplesInEveryLanguage() {
    return dev.profilekit.render.internal.Labels.SHIPPED.stream()
        .flatMap(tag -> Examples.yamlFiles().stream().map(example -> org.junit.jupiter.params.provider.Arguments.of(tag, example)));
  }

  @ParameterizedTest
  @MethodSource("examplesInEveryLanguage")
  void readsItsOwnOutputInEachLanguageBackToAnEqualProfile(String tag, Path example) {
    Profile profile = Examples.read(example);
    WriteOptions options = WriteOptions.builder().language(tag).build();
    String markdown = writer.write(profile, options).content();

    ReadResult result = reader.read(Input.ofString("out.md", markdown));

    assertThat(result.diagnostics()).as(markdown).isEmpty();
    assertThat(result.profile().orElseThrow()).as(markdown).isEqualTo(profile);
  }

  static Stream<Long> fewerSeeds() {
    return LongStream.range(0, 140).boxed();
  }

  @ParameterizedTest
  @MethodSource("fewerSeeds")
  void readsItsOwnOutputOfGeneratedProfilesInTheirLanguagesBackToAnEqualProfile(long seed) {
    Profile profile = ProfileGenerator.withSeed(seed).next();
    List<String> languages = dev.profilekit.render.internal.Labels.SHIPPED;
    String tag = languages.get((int) (seed % languages.size()));
    String markdown = writer.write(profile, WriteOptions.builder().language(tag).build()).content();

    ReadResult result = reader.read(Input.ofString("out.md", markdown));

    assertThat(result.profile()).as(markdown).contains(profile);
  }

  @org.junit.jupiter.api.Test
  void writesTheHeadingsDatesAndLabelsOfItsLanguage() {
    Profile profile = Profile.builder()
        .addWork(dev.profilekit.model.Work.builder().name("Tidewater").position("Lead")
            .startDate(dev.profilekit.model.PartialDate.ofMonth(2019, 3)).build())
        .build();

    String german = writer.write(profile, WriteOptions.builder().language("de").build()).content();
    String english = writer.write(profile).content();

    assertThat(german).contains("## Berufserfahrung", "- **Zeitraum:** März 2019 – heute", "  lang: de");
    assertThat(english).contains("## Experience", "- **When:** Mar 2019 – present").doesNotContain("lang:");
  }

  @org.junit.jupiter.api.Test
  void readsAPageWhoseFrontMatterLangSaysItsLanguage() {
    String page = "---\nlang: fr\n---\n\n## Expérience professionnelle\n<!-- profilekit:work -->\n\n### Tidewater\n"
        + "<!-- profilekit:entry -->\n- **Poste:** Responsable\n- **Période:** mars 2019 – aujourd’hui\n";

    ReadResult result = reader.read(Input.ofString("fr.md", page));

    assertThat(result.diagnostics()).isEmpty();
    dev.profilekit.model.Work work = result.profile().orElseThrow().work().get(0);
    assertThat(work.position()).contains("Responsable");
    assertThat(work.startDate()).contains(dev.profilekit.model.PartialDate.ofMonth(2019, 3));
    assertThat(work.endDate()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void keepsSectionsThatLookLikeConventionsAsSectionsWhenTheProfileSaysOtherwise() {
    Profile profile = Profile.builder()
        .addSections(dev.profilekit.model.Section.builder().title("Links")
            .body("- [Old site](https://old.example.com/)").build())
        .addSections(dev.profilekit.model.Section.builder().title("You may be a good fit if you")
            .addSections(dev.profilekit.model.Section.builder().title("Like bread").body("- I bake").build())
            .putExtensions("markdown-level", 1L)
            .build())
        .build();

    assertThat(roundTrip(profile)).isEqualTo(profile);
  }

  @org.junit.jupiter.api.Test
  void reportsASectionNestedDeeperThanMarkdownHeadingsGoAsALoss() {
    dev.profilekit.model.Section deepest = dev.profilekit.model.Section.builder().title("Level 7").build();
    dev.profilekit.model.Section section = deepest;
    for (int level = 6; level >= 2; level--) {
      section = dev.profilekit.model.Section.builder().title("Level " + level).addSections(section).build();
    }

    var result = writer.write(Profile.builder().addSections(section).build());

    assertThat(result.losses()).extracting(d -> d.code()).containsExactly("too-deep");
    assertThat(result.content()).contains("\n###### Level 6\n\n###### Level 7\n");
  }

  @org.junit.jupiter.api.Test
  void writesNoLossesForTheExamples() {
    for (Path example : examples()) {
      assertThat(writer.write(Examples.read(example)).losses()).as(example.toString()).isEmpty();
    }
  }

  private Profile roundTrip(Profile profile) {
    String markdown = writer.write(profile).content();
    ReadResult result = reader.read(Input.ofString("out.md", markdown));
    assertThat(result.diagnostics()).as(markdown).isEmpty();
    return result.profile().orElseThrow();
  }
}
