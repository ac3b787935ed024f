package dev.profilekit.render.jsonresume;

import static dev.profilekit.render.jsonresume.JsonResumeTesting.object;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.readCleanly;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.resource;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.schemaErrors;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.tree;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.model.testing.Examples;
import dev.profilekit.model.testing.ProfileGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JsonResumeRoundTripTest {
  static List<Path> examples() {
    return Examples.yamlFiles();
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** Writes and reads back; the output must be valid JSON Resume 1.0.0 and lose nothing. */
  private static Profile throughJsonResume(Profile profile) {
    WriteResult written = write(profile);
    assertThat(written.losses()).as(written.content()).isEmpty();
    return validAndReadBack(written);
  }

  private static Profile validAndReadBack(WriteResult written) {
    assertThat(schemaErrors(written.content())).as(written.content()).isEmpty();
    return readCleanly(written.content());
  }

  @Test
  void readsAndWritesTheVersion121SampleUnchanged() {
    String sample = resource("sample.resume-v1.2.1.json");

    WriteResult written = write(readCleanly(sample));

    assertThat(written.losses()).isEmpty();
    assertThat(tree(written.content())).isEqualTo(tree(sample));
  }

  @Test
  void readsAndWritesTheVersion100SampleUnchangedButForTheTwoUrlsItsSchemaRejects() {
    String sample = resource("sample.resume.json");
    Profile read = readCleanly(sample);

    WriteResult written = write(read);

    assertThat(written.losses()).extracting(Diagnostic::code, d -> d.path().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("invalid-in-jsonresume", "$.person.links[0].url"),
            org.assertj.core.groups.Tuple.tuple("invalid-in-jsonresume", "$.projects[0].url"));
    assertThat(schemaErrors(written.content())).isEmpty();
    Map<String, Object> expected = mutable(object(sample));
    withoutKey(expected, "basics", "profiles", 0, "url");
    withoutKey(expected, "projects", 0, "url");
    Map<String, Object> meta = (Map<String, Object>) expected.get("meta");
    meta.put("profilekit", tree("""
        {"version": 1,
         "person": {"links": [{"url": ""}]},
         "projects": [{"url": "missdirection.example.com"}]}"""));
    assertThat(tree(written.content())).isEqualTo(expected);
    assertThat(readCleanly(written.content())).isEqualTo(read);
  }

  @Test
  void keepsUnknownKeysInsideObjectsWhereTheyStand() {
    String resume = """
        {
          "basics": {"name": "Ada", "pronouns": "she/her",
                     "location": {"city": "Oslo", "timezone": "CET"},
                     "profiles": [{"network": "GitHub", "followers": 12}]},
          "work": [{"name": "Acme", "id": "w1", "tags": ["x"], "remote": true, "x-rating": 4.5}],
          "skills": [{"name": "Java", "years": {"from": 2010, "to": null}}],
          "meta": {"version": "v1.0.0", "theme": "even"}
        }""";

    WriteResult written = write(readCleanly(resume));

    assertThat(written.losses()).isEmpty();
    assertThat(tree(written.content())).isEqualTo(tree(resume));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleSurvivesJsonResume(Path example) {
    Profile original = Examples.read(example);

    assertThat(throughJsonResume(original)).isEqualTo(original);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void yamlThroughJsonResumeGivesTheSameYaml(Path example) {
    var yaml = Formats.standard().require("yaml");
    String before = yaml.writer().orElseThrow().write(Examples.read(example)).content();

    Profile fromYaml = yaml.reader().orElseThrow().read(Input.ofString("in.yaml", before)).profile().orElseThrow();
    String after = yaml.writer().orElseThrow().write(throughJsonResume(fromYaml)).content();

    assertThat(after).isEqualTo(before);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedProfilesSurviveJsonResume(long seed) {
    Profile generated = ProfileGenerator.withSeed(seed).next();
    WriteResult written = write(generated);

    // Generated certificates may have partial dates, which JSON Resume 1.0.0 rejects: reported, kept.
    assertThat(written.losses()).allSatisfy(loss -> {
      assertThat(loss.code()).isEqualTo("invalid-in-jsonresume");
      assertThat(loss.path().orElseThrow()).matches("\\$\\.certificates\\[\\d+]\\.date");
    });
    assertThat(validAndReadBack(written)).isEqualTo(generated);
  }

  @Test
  void writingIsDeterministic() {
    Profile profile = Examples.read("full");

    assertThat(write(throughJsonResume(profile)).content()).isEqualTo(write(profile).content());
  }

  @SuppressWarnings("unchecked")
  private static <T> T mutable(T tree) {
    if (tree instanceof Map) {
      Map<String, Object> copy = new java.util.LinkedHashMap<>();
      ((Map<String, Object>) tree).forEach((key, value) -> copy.put(key, mutable(value)));
      return (T) copy;
    }
    if (tree instanceof List) {
      return (T) new java.util.ArrayList<>(((List<Object>) tree).stream().map(JsonResumeRoundTripTest::mutable).toList());
    }
    return tree;
  }

  @SuppressWarnings("unchecked")
  private static void withoutKey(Object tree, Object... steps) {
    Object current = tree;
    for (int i = 0; i < steps.length - 1; i++) {
      current = steps[i] instanceof Integer
          ? ((List<Object>) current).get((Integer) steps[i])
          : ((Map<String, Object>) current).get(steps[i]);
    }
    ((Map<String, Object>) current).remove(steps[steps.length - 1]);
  }

}
