package dev.profilekit.render.jsonresume;

import static dev.profilekit.render.jsonresume.JsonResumeTesting.missingOrChanged;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.read;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.resource;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.schemaErrors;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.write;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.writeWithoutAliases;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.ReadContext;
import dev.profilekit.spi.TreeText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every messy JSON Resume of the corpus (see corpus/README.md) reads, and comes back whole. */
class JsonResumeCorpusTest {
  static List<String> corpus() {
    return List.of(
        "empty-strings", "nulls", "ongoing", "numbers", "comments", "calendar", "empty-lists", "pre-1.0", "aliases",
        "unknown-keys", "formats");
  }

  private static String corpus(String name) {
    return resource("corpus/" + name + ".resume.json");
  }

  /** The document as plain values in its own key order (comments left out). */
  private static Object document(String json) {
    try {
      return ModelTrees.readPlain(TreeText.parse(TreeText.Syntax.JSON_WITH_COMMENTS, Limits.defaults(), "in.json", json, 0),
          "$", new ReadContext(10));
    } catch (InputProblem e) {
      throw new AssertionError(e.diagnostic().format(), e);
    }
  }

  private static Profile readWithWarningsOnly(String name) {
    ReadResult result = read(name + ".resume.json", corpus(name));
    assertThat(result.diagnostics()).as(name).noneMatch(Diagnostic::isError);
    return result.profile().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void comesBackAsItCameKeyOrderIncluded(String name) {
    Profile profile = readWithWarningsOnly(name);

    String written = writeWithoutAliases(profile).content();

    assertThat(written).isEqualTo(TreeText.json(withBasicsThemesNeed(document(corpus(name)))));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void comesBackWithEveryKeyInPlaceWhenAliasesAreAddedAndIsNoLessValid(String name) {
    Profile profile = readWithWarningsOnly(name);

    WriteResult written = write(profile);

    assertThat(missingOrChanged(document(corpus(name)), JsonResumeTesting.tree(written.content()), "$")).isEmpty();
    String plainInput = TreeText.json(document(corpus(name)));
    assertThat(schemaErrors(written.content())).isSubsetOf(schemaErrors(plainInput));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void readsBackToTheSameProfileWithOrWithoutItsLayout(String name) {
    Profile profile = readWithWarningsOnly(name);
    Profile withoutLayout = Profile.builder().from(profile).inputLayout(Map.of()).build();

    for (WriteResult written : List.of(write(profile), writeWithoutAliases(profile), write(withoutLayout))) {
      assertThat(read("again.resume.json", written.content()).profile()).as(written.content()).contains(profile);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"calendar", "formats"})
  void keepsWhatTheCalendarOrTheSchemaRejectsThroughOtherFormatsToo(String name) {
    Profile profile = readWithWarningsOnly(name);
    Profile withoutLayout = Profile.builder().from(profile).inputLayout(Map.of()).build();

    WriteResult written = write(withoutLayout);

    // Without the input's layout nothing says where such a value stood: it is kept under meta.profilekit, reported.
    assertThat(written.content()).contains("\"profilekit\"");
    assertThat(schemaErrors(written.content())).isEmpty();
    assertThat(read("again.resume.json", written.content()).profile()).contains(profile);
  }

  /**
   * The input with the keys the writer always adds (elegant and actual fail without them):
   * location before profiles, both at the end of basics where the input has neither; basics
   * first where the input has none; roles at the end of each project that has none.
   */
  @SuppressWarnings("unchecked")
  private static Object withBasicsThemesNeed(Object document) {
    Map<String, Object> resume = (Map<String, Object>) document;
    Map<String, Object> given = (Map<String, Object>) resume.getOrDefault("basics", Map.of());
    Map<String, Object> basics = new java.util.LinkedHashMap<>();
    given.forEach((key, value) -> {
      if (key.equals("profiles") && !given.containsKey("location")) {
        basics.put("location", Map.of());
      }
      basics.put(key, value);
    });
    basics.putIfAbsent("location", Map.of());
    basics.putIfAbsent("profiles", List.of());
    Map<String, Object> laid = new java.util.LinkedHashMap<>();
    if (!resume.containsKey("basics")) {
      laid.put("basics", basics);
    }
    resume.forEach((key, value) -> laid.put(key, key.equals("basics") ? basics : value));
    if (laid.get("projects") instanceof List<?> projects) {
      laid.put("projects", projects.stream().map(project -> {
        Map<String, Object> withRoles = new java.util.LinkedHashMap<>((Map<String, Object>) project);
        withRoles.putIfAbsent("roles", List.of());
        return withRoles;
      }).toList());
    }
    return laid;
  }
}
