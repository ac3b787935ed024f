package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.testing.Examples;
import dev.profilekit.model.testing.ProfileGenerator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SourceMapTest {
  @Test
  void aReadProfileKnowsWhereEveryValueWasWritten() {
    SourceMap map = Examples.read("full").sourceMap();

    assertThat(map.positionOf("$.person.name").orElseThrow().line()).isEqualTo(4);
    assertThat(map.positionOf("$.work[1].startDate").orElseThrow().toString()).endsWith("full.yaml:62:16");
    assertThat(map.positionOf("$.person.location.x-floor")).isEqualTo(map.positionOf("$.person.location"));
    assertThat(map.asMap()).containsKey("$.frontMatter.author_profile");
  }

  @Test
  void namesTheInputsOwnPathsWhereAReaderGivesThemAndKeepsThePositions() {
    SourceMap read = SourceMap.of(Map.of("$.person.url", SourcePosition.of("r.json", 3, 12)));
    SourceMap translated = read.withInputPaths(path -> path.replace("$.person", "$.basics"));

    assertThat(read.inputPath("$.person.url")).isEqualTo("$.person.url");
    assertThat(translated.inputPath("$.person.url")).isEqualTo("$.basics.url");
    assertThat(translated.positionOf("$.person.url")).isEqualTo(read.positionOf("$.person.url"));
    assertThat(translated.file()).contains("r.json");
    assertThat(translated.asMap()).isEqualTo(read.asMap());
    Profile profile = Profile.builder().person(Person.builder().name("Mara").url("mara.example").build()).sourceMap(translated).build();
    assertThat(ProfileValidator.validate(profile)).singleElement().satisfies(d -> {
      assertThat(d.path()).contains("$.basics.url");
      assertThat(d.position()).contains(SourcePosition.of("r.json", 3, 12));
    });
  }

  @Test
  void aLazyMapIsWorkedOutOnceAndOnlyWhenAsked() {
    AtomicInteger computed = new AtomicInteger();
    SourceMap map = SourceMap.lazy(() -> {
      computed.incrementAndGet();
      return Map.of("$.a", SourcePosition.of("f", 1, 2));
    });
    assertThat(computed).hasValue(0);

    assertThat(map.positionOf("$.a.b")).hasValue(SourcePosition.of("f", 1, 2));
    assertThat(map.positionOf("$.c")).isEmpty();
    assertThat(computed).hasValue(1);
  }

  @Test
  void oneLookupWalksThePathAndAgreesWithTheWholeMap() {
    ProfileGenerator generator = ProfileGenerator.withSeed(11);
    for (String format : List.of("yaml", "json")) {
      for (int n = 0; n < 30; n++) {
        String text = Formats.standard().require(format).writer().orElseThrow().write(generator.next()).content();
        SourceMap walked = read(format, text);
        Map<String, SourcePosition> whole = read(format, text).asMap();
        for (String path : whole.keySet()) {
          for (String asked : List.of(path, path + ".missing", path + "[99]", path + "['odd key'].x")) {
            assertThat(walked.positionOf(asked)).as(asked).isEqualTo(whole.containsKey(asked)
                ? Optional.of(whole.get(asked)) : SourceMap.of(whole).positionOf(asked));
          }
        }
        assertThat(walked.file()).isEqualTo(SourceMap.of(whole).file());
      }
    }
  }

  @Test
  void quotedKeysAreFoundByTheirPath() {
    String yaml = "schemaVersion: 1\nperson:\n  name: A\n  x-it's odd.key: 1\n  x-ends in\\: 2\n";
    String quote = "$.person['x-it\\'s odd.key']";
    String backslash = "$.person['x-ends in\\\\']";
    SourceMap walked = read("yaml", yaml);
    assertThat(walked.positionOf(quote).orElseThrow().line()).isEqualTo(4);
    assertThat(walked.positionOf(backslash).orElseThrow().line()).isEqualTo(5);
    assertThat(walked.positionOf(backslash + ".below").orElseThrow().line()).isEqualTo(5);
    Map<String, SourcePosition> whole = read("yaml", yaml).asMap();
    assertThat(whole).containsKeys(quote, backslash);
    assertThat(walked.positionOf(quote)).hasValue(whole.get(quote));
    assertThat(walked.positionOf(backslash)).hasValue(whole.get(backslash));
  }

  private static SourceMap read(String format, String text) {
    return Profiles.read(Input.ofString("p." + format, text), Optional.of(format), ReadOptions.defaults())
        .profile().orElseThrow().sourceMap();
  }
}
