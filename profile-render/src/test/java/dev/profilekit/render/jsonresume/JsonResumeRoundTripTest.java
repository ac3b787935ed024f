package dev.profilekit.render.jsonresume;

import static dev.profilekit.render.jsonresume.JsonResumeTesting.canonical;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.missingOrChanged;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.read;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.readCleanly;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.resource;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.schemaErrors;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.tree;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.write;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.writeWithoutAliases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
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
  void givesTheVersion121SampleBackAsItCame() {
    String sample = resource("sample.resume-v1.2.1.json");
    ReadResult read = read("sample.resume-v1.2.1.json", sample);

    assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly("empty-value");
    WriteResult written = writeWithoutAliases(read.profile().orElseThrow());
    assertThat(written.losses()).isEmpty();
    assertThat(written.content()).isEqualTo(canonical(sample));
    WriteResult withAliases = write(read.profile().orElseThrow());
    assertThat(missingOrChanged(tree(sample), tree(withAliases.content()), "$")).isEmpty();
  }

  @Test
  void givesTheVersion100SampleBackAsItCameWithTheTwoUrlsItsSchemaRejectsWhereTheyWere() {
    String sample = resource("sample.resume.json");
    Profile read = read("sample.resume.json", sample).profile().orElseThrow();

    WriteResult written = writeWithoutAliases(read);

    assertThat(written.losses()).extracting(Diagnostic::code, d -> d.path().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("invalid-in-jsonresume", "$.projects[0].url"));
    assertThat(written.losses().get(0).message()).endsWith("; written where the input had it");
    assertThat(written.content()).isEqualTo(canonical(sample));
    // No less valid than the input: the same two values fail the schema, nothing else.
    assertThat(schemaErrors(written.content())).isEqualTo(schemaErrors(sample));
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
    Profile read = readCleanly(resume);

    assertThat(writeWithoutAliases(read).content()).isEqualTo(canonical(resume));
    Profile withoutLayout = Profile.builder().from(read).inputLayout(Map.of()).build();
    WriteResult written = writeWithoutAliases(withoutLayout);
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
}
