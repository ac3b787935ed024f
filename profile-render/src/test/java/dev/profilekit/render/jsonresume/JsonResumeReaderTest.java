package dev.profilekit.render.jsonresume;

import static dev.profilekit.render.jsonresume.JsonResumeTesting.read;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.readStrictly;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.resource;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.tree;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Severity;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonResumeReaderTest {
  private static List<String> diagnostics(ReadResult result) {
    return result.diagnostics().stream().map(Diagnostic::format).map(line -> line.replace(System.lineSeparator(), "\n")).toList();
  }

  @Test
  void readsNumbersWhereTextIsWantedAsTextAndReportsWrongStructuresAtTheirJsonResumePath() {
    ReadResult result = read("r.json", """
        {
          "basics": {
            "name": 42,
            "profiles": [{"url": 3}]
          },
          "work": {"name": "Acme"}
        }
        """);

    assertThat(result.profile()).isEmpty();
    assertThat(diagnostics(result)).containsExactly(
        "r.json:3:13: warning: `name` is a number (42) where JSON Resume wants text; read as the text \"42\""
            + " (at $.basics.name) [number-as-text]\n"
            + "  hint: put it in quotes: \"42\"",
        "r.json:4:26: warning: `url` is a number (3) where JSON Resume wants text; read as the text \"3\""
            + " (at $.basics.profiles[0].url) [number-as-text]\n"
            + "  hint: put it in quotes: \"3\"",
        "r.json:6:11: error: expected a list, found a mapping (at $.work) [wrong-type]\n"
            + "  hint: write a list in brackets: [ … ]");
  }

  @Test
  void reportsTruncatedJsonWhereItEnds() {
    ReadResult result = read("r.json", "{\n  \"basics\": {\n    \"name\": \"Ada\"\n");

    assertThat(result.profile()).isEmpty();
    assertThat(diagnostics(result)).containsExactly(
        "r.json:4:1: error: the input ends too early: Unexpected end-of-input: expected close marker for Object [truncated]\n"
            + "  hint: the file may be truncated: check it ends where it should");
  }

  @Test
  void keepsUnknownTopLevelKeysAsExtensionsWithAWarning() {
    ReadResult result = read("r.json", """
        {
          "basics": {"name": "Ada"},
          "claims": ["x"]
        }
        """);

    assertThat(diagnostics(result)).containsExactly(
        "r.json:3:3: warning: `claims` is not a JSON Resume 1.0.0 key; kept as a profile extension (at $.claims) [unknown-top-level-key]\n"
            + "  hint: JSON Resume 1.0.0 allows no other top-level keys (1.2 and later do); JSON Resume output gives it back"
            + " where it is, other formats keep it as an extension");
    Profile profile = result.profile().orElseThrow();
    assertThat(profile.extensions()).isEqualTo(Map.of("claims", List.of("x")));
    assertThat(tree(write(profile).content())).isEqualTo(tree("""
        {"basics": {"name": "Ada", "location": {}, "profiles": []}, "claims": ["x"]}"""));
    Profile withoutLayout = Profile.builder().from(profile).inputLayout(Map.of()).build();
    assertThat(tree(write(withoutLayout).content())).isEqualTo(tree("""
        {"basics": {"name": "Ada", "location": {}, "profiles": []}, "meta": {"profilekit": {"version": 1, "x-claims": ["x"]}}}"""));
  }

  @Test
  void refusesAMetaBlockWrittenByANewerVersion() {
    ReadResult result = read("r.json", """
        {
          "basics": {"name": "Ada"},
          "meta": {"profilekit": {"version": 2}}
        }
        """);

    assertThat(result.profile()).isEmpty();
    assertThat(diagnostics(result)).containsExactly(
        "r.json:3:38: error: meta.profilekit was written by a newer version of Profile Kit (version 2); this version reads version 1"
            + " (at $.meta.profilekit.version) [newer-version]\n"
            + "  hint: upgrade Profile Kit, or remove meta.profilekit to read the JSON Resume fields alone");
  }

  @Test
  void readsPreVersionOneNamesWithAWarningAndAHint() {
    ReadResult result = read("r.json", """
        {
          "basics": {"name": "Ada", "website": "https://ada.example", "picture": "https://ada.example/a.png"},
          "work": [{"company": "Acme", "website": "https://acme.example"}],
          "education": [{"institution": "Uni", "gpa": "4.0"}]
        }
        """);

    assertThat(result.diagnostics()).extracting(Diagnostic::severity).containsOnly(Severity.WARNING);
    assertThat(diagnostics(result)).containsExactly(
        "r.json:2:29: warning: `website` is the pre-1.0 JSON Resume name of `url`; read as `url` (at $.basics.website) [legacy-key]\n"
            + "  hint: rename it to `url` (JSON Resume 1.0.0)",
        "r.json:2:63: warning: `picture` is the pre-1.0 JSON Resume name of `image`; read as `image` (at $.basics.picture) [legacy-key]\n"
            + "  hint: rename it to `image` (JSON Resume 1.0.0)",
        "r.json:3:13: warning: `company` is the pre-1.0 JSON Resume name of `name`; read as `name` (at $.work[0].company) [legacy-key]\n"
            + "  hint: rename it to `name` (JSON Resume 1.0.0)",
        "r.json:3:32: warning: `website` is the pre-1.0 JSON Resume name of `url`; read as `url` (at $.work[0].website) [legacy-key]\n"
            + "  hint: rename it to `url` (JSON Resume 1.0.0)",
        "r.json:4:40: warning: `gpa` is the pre-1.0 JSON Resume name of `score`; read as `score` (at $.education[0].gpa) [legacy-key]\n"
            + "  hint: rename it to `score` (JSON Resume 1.0.0)");
    Profile profile = result.profile().orElseThrow();
    assertThat(profile.person().url()).contains("https://ada.example");
    assertThat(profile.person().image()).contains("https://ada.example/a.png");
    assertThat(profile.work().get(0).name()).contains("Acme");
    assertThat(profile.work().get(0).url()).contains("https://acme.example");
    assertThat(profile.education().get(0).score()).contains("4.0");
  }

  @Test
  void keepsAPreVersionOneNameAsAnExtensionWhenTheNewNameIsAlsoThere() {
    ReadResult result = read("r.json", """
        {"work": [{"name": "Acme", "company": "Acme Holding"}]}
        """);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.profile().orElseThrow().work().get(0).extensions()).isEqualTo(Map.of("company", "Acme Holding"));
  }

  @Test
  void pointsProblemsInsideTheMetaBlockAtTheMetaBlock() {
    ReadResult result = read("r.json", """
        {
          "work": [{"startDate": "June 2019"}],
          "meta": {"profilekit": {"version": 1, "claims": [{"statement": "no id"}], "work": [{"id": 7}]}}
        }
        """);

    assertThat(diagnostics(result)).containsExactly(
        "r.json:2:26: warning: \"June 2019\" is not a date the calendar has; kept as text beside the entry's dates"
            + " (at $.work[0].startDate) [date-kept-as-text]\n"
            + "  hint: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019-06",
        "r.json:3:52: error: claim is missing `id` (at $.meta.profilekit.claims[0]) [missing-required]\n"
            + "  hint: add `id:` (A stable id, unique in the profile)",
        "r.json:3:93: error: expected text, found a number (at $.meta.profilekit.work[0].id) [wrong-type]\n"
            + "  hint: put it in quotes to make it text: \"7\"");
  }

  @Test
  void checksAgainstTheOfficialSchemaWhenAskedToValidateStrictly() {
    ReadResult result = readStrictly("r.json", """
        {
          "claims": 1,
          "basics": {
            "name": 3,
            "url": "x.example",
            "email": "nope"
          },
          "work": [{"startDate": "June"}],
          "certificates": [{"date": "2021-05"}],
          "skills": {}
        }
        """);

    assertThat(diagnostics(result)).containsExactly(
        "r.json:2:3: error: `claims` is not allowed here by JSON Resume 1.0.0 (at $.claims) [schema-additionalProperties]\n"
            + "  hint: the top level of a JSON Resume 1.0.0 takes only $schema, basics, work, volunteer, education, awards,"
            + " certificates, publications, skills, languages, interests, references, projects and meta; keep other data under meta",
        "r.json:4:13: error: expected text, found a number (3) (at $.basics.name) [schema-type]",
        "r.json:5:12: error: expected an absolute URI with a scheme, e.g. https://example.com/, found \"x.example\" (at $.basics.url) [schema-format]",
        "r.json:6:14: error: expected an email address, e.g. name@example.com, found \"nope\" (at $.basics.email) [schema-format]",
        "r.json:8:26: error: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found \"June\" (at $.work[0].startDate) [schema-pattern]\n"
            + "  hint: JSON Resume dates are ISO 8601 to the year, month or day, e.g. 2019-06",
        "r.json:9:29: error: expected a full date, YYYY-MM-DD, found \"2021-05\" (at $.certificates[0].date) [schema-format]",
        "r.json:10:13: error: expected a list, found a mapping (at $.skills) [schema-type]");
  }

  @Test
  void strictValidationFindsTheOfficialSamplesFlaws() {
    ReadResult result = readStrictly("sample.resume.json", resource("sample.resume.json"));

    assertThat(diagnostics(result)).containsExactly(
        "sample.resume.json:6:14: warning: `image` is empty (\"\"); read as no value (at $.basics.image) [empty-value]\n"
            + "  hint: JSON Resume output gives it back as it is; other formats leave it out",
        "sample.resume.json:22:16: error: expected an absolute URI with a scheme, e.g. https://example.com/, found \"\""
            + " (at $.basics.profiles[0].url) [schema-format]",
        "sample.resume.json:148:14: error: expected an absolute URI with a scheme, e.g. https://example.com/,"
            + " found \"missdirection.example.com\" (at $.projects[0].url) [schema-format]");
    assertThat(readStrictly("sample.resume-v1.2.1.json", resource("sample.resume-v1.2.1.json")).diagnostics())
        .extracting(Diagnostic::code).containsOnly("empty-value");
  }

  @Test
  void refusesADocumentThatIsNotAnObject() {
    assertThat(diagnostics(read("r.json", "[1, 2]\n"))).containsExactly(
        "r.json:1:1: error: expected a JSON Resume (an object with basics, work, …), found a list (at $) [wrong-type]");
  }

  @Test
  void readsCommentsWithAWarningWhereTheFirstOneIs() {
    ReadResult result = read("r.json", """
        {
          "basics": {"name": "Ada"}, // the name
          /* work later */
          "work": []
        }
        """);

    assertThat(diagnostics(result)).containsExactly(
        "r.json:2:30: warning: comments are not JSON; read and left out [json-comments]\n"
            + "  hint: JSON Resume tools accept them, most JSON tools do not: remove them to be safe");
    assertThat(result.profile().orElseThrow().person().name()).contains("Ada");
  }

  @Test
  void stillRefusesWhatIsNotJsonEvenWithCommentsAllowedNamingLineAndColumn() {
    ReadResult result = read("r.json", "{\n  // fine\n  \"basics\": {\"name\": Ada}\n}\n");

    assertThat(result.profile()).isEmpty();
    assertThat(diagnostics(result)).singleElement().asString().startsWith("r.json:3:22: error: not valid syntax");
  }

  @Test
  void readsEmptyValuesNullsAndPresentAsNoValueWithAWarningEach() {
    ReadResult result = read("r.json", """
        {"work": [{"name": "Acme", "url": "", "endDate": "Present", "summary": null}]}
        """);

    assertThat(diagnostics(result)).containsExactly(
        "r.json:1:35: warning: `url` is empty (\"\"); read as no value (at $.work[0].url) [empty-value]\n"
            + "  hint: JSON Resume output gives it back as it is; other formats leave it out",
        "r.json:1:50: warning: end date \"Present\" read as ongoing (no end date) (at $.work[0].endDate) [ongoing-end-date]\n"
            + "  hint: JSON Resume output gives it back as it is; leave endDate out to say the same in 1.0.0",
        "r.json:1:72: warning: `summary` is null; read as no value (at $.work[0].summary) [empty-value]\n"
            + "  hint: JSON Resume output gives it back as it is; other formats leave it out");
    var work = result.profile().orElseThrow().work().get(0);
    assertThat(work.url()).isEmpty();
    assertThat(work.endDate()).isEmpty();
    assertThat(work.summary()).isEmpty();
  }

  @Test
  void keepsADateTheCalendarDoesNotHaveAsTextWithAWarning() {
    ReadResult result = read("r.json", """
        {"work": [{"name": "Acme", "startDate": "2019-13", "endDate": "2021-02-30"}]}
        """);

    assertThat(result.diagnostics()).extracting(Diagnostic::code, d -> d.path().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("date-kept-as-text", "$.work[0].startDate"),
            org.assertj.core.groups.Tuple.tuple("date-kept-as-text", "$.work[0].endDate"));
    var work = result.profile().orElseThrow().work().get(0);
    assertThat(work.startDate()).isEmpty();
    assertThat(work.extensions()).isEqualTo(Map.of("startDate", "2019-13", "endDate", "2021-02-30"));
  }

  @Test
  void warnsAboutValuesTheSchemasFormatsRejectAndValidationCallsThemErrors() {
    String resume = """
        {"basics": {"email": "zoë@example.com", "profiles": [{"url": "github.example/zoe"}]}}
        """;

    assertThat(diagnostics(read("r.json", resume))).containsExactly(
        "r.json:1:22: warning: \"zoë@example.com\" is not an email address JSON Resume accepts; kept where it is"
            + " (at $.basics.email) [invalid-in-jsonresume]\n"
            + "  hint: themes show it as it is; `profile validate --as jsonresume` reports it as an error");
    // A URL without a scheme is the profile validator's to report, at the JSON Resume's path.
    ReadResult validated = Profiles.read(Formats.standard(), Input.ofString("r.json", resume), Optional.of("jsonresume"),
        ReadOptions.defaults());
    assertThat(diagnostics(validated)).contains(
        "r.json:1:62: warning: the URL \"github.example/zoe\" has no scheme (at $.basics.profiles[0].url) [bad-url]\n"
            + "  hint: did you mean `https://github.example/zoe`?");
    assertThat(diagnostics(readStrictly("r.json", resume))).containsExactly(
        "r.json:1:22: error: expected an email address, e.g. name@example.com, found \"zoë@example.com\""
            + " (at $.basics.email) [schema-format]",
        "r.json:1:62: error: expected an absolute URI with a scheme, e.g. https://example.com/, found \"github.example/zoe\""
            + " (at $.basics.profiles[0].url) [schema-format]");
  }

  @Test
  void readsAPreVersionOneAliasEqualToItsKeyAsOneValueAndKeepsADifferentOne() {
    ReadResult result = read("r.json", """
        {"work": [{"name": "Acme", "company": "Acme"}, {"name": "Acme", "company": "Acme Holding"}]}
        """);

    assertThat(result.diagnostics()).isEmpty();
    Profile profile = result.profile().orElseThrow();
    assertThat(profile.work().get(0).extensions()).isEmpty();
    assertThat(profile.work().get(1).extensions()).isEqualTo(Map.of("company", "Acme Holding"));
  }
}
