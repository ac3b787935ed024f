package dev.profilekit.render.jsonresume;

import static dev.profilekit.render.jsonresume.JsonResumeTesting.object;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.readCleanly;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.schemaErrors;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.tree;
import static dev.profilekit.render.jsonresume.JsonResumeTesting.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.profilekit.model.Certificate;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Link;
import dev.profilekit.model.Meta;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Severity;
import dev.profilekit.model.Work;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.model.testing.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonResumeWriterTest {
  private static final Path GOLDEN = Path.of("src/test/resources/jsonresume/golden/full.resume.json");

  @Test
  void writesTheFullExampleAsTheReviewedGoldenFile() throws Exception {
    String written = write(Examples.read("full")).content();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, written);
    }

    assertThat(written)
        .as("regenerate with -Dgolden.update=true and review the diff")
        .isEqualTo(Files.readString(GOLDEN));
  }

  @Test
  void keepsValuesTheSchemaWouldRejectInTheMetaBlockAndReportsEach() {
    Profile profile = Profile.builder()
        .person(Person.builder()
            .name("Ada")
            .url("ada.example")
            .email("ada at example")
            .addLinks(Link.builder().network("GitHub").url("github.example/ada").build())
            .build())
        .addWork(Work.builder().name("Acme").startDate(PartialDate.ofYear(999)).build())
        .addCertificates(Certificate.builder().name("CKA").date(PartialDate.ofMonth(2021, 5)).build())
        .meta(Meta.builder().canonical("/profile.json").build())
        .build();

    WriteResult written = write(profile);

    assertThat(written.losses()).extracting(Diagnostic::severity, Diagnostic::code, d -> d.path().orElseThrow())
        .containsExactly(
            tuple(Severity.WARNING, "invalid-in-jsonresume", "$.person.email"),
            tuple(Severity.WARNING, "invalid-in-jsonresume", "$.person.url"),
            tuple(Severity.WARNING, "invalid-in-jsonresume", "$.person.links[0].url"),
            tuple(Severity.WARNING, "invalid-in-jsonresume", "$.work[0].startDate"),
            tuple(Severity.WARNING, "invalid-in-jsonresume", "$.certificates[0].date"),
            tuple(Severity.WARNING, "invalid-in-jsonresume", "$.meta.canonical"));
    assertThat(written.losses().get(4).message()).isEqualTo(
        "certificates[0].date \"2021-05\" is not a full date (JSON Resume 1.0.0 wants YYYY-MM-DD here);"
            + " kept under meta.profilekit, where JSON Resume themes do not see it");
    assertThat(schemaErrors(written.content())).isEmpty();
    assertThat(tree(written.content())).isEqualTo(tree("""
        {
          "basics": {"name": "Ada", "location": {}, "profiles": [{"network": "GitHub"}]},
          "work": [{"name": "Acme", "company": "Acme"}],
          "certificates": [{"name": "CKA"}],
          "meta": {
            "profilekit": {
              "version": 1,
              "person": {"email": "ada at example", "url": "ada.example", "links": [{"url": "github.example/ada"}]},
              "work": [{"startDate": "0999"}],
              "certificates": [{"date": "2021-05"}],
              "meta": {"canonical": "/profile.json"}
            }
          }
        }"""));
    assertThat(readCleanly(written.content())).isEqualTo(profile);
  }

  @Test
  void writesAnAliasWithAValueOfItsOwnWhereThemesReadItAndOtherExtensionsNamedLikeJsonResumeKeysIntoTheMetaBlock() {
    Profile profile = Profile.builder()
        .addWork(Work.builder().name("Acme").putExtensions("company", "Acme Holding").putExtensions("position", 3L)
            .putExtensions("remote", true).build())
        .meta(Meta.builder().putExtensions("profilekit", "mine").build())
        .build();

    WriteResult written = write(profile);

    assertThat(written.losses()).isEmpty();
    assertThat(tree(written.content())).isEqualTo(tree("""
        {
          "basics": {"location": {}, "profiles": []},
          "work": [{"name": "Acme", "company": "Acme Holding", "remote": true}],
          "meta": {"profilekit": {
            "version": 1,
            "work": [{"x-position": 3}],
            "meta": {"x-profilekit": "mine"}}}
        }"""));
    assertThat(readCleanly(written.content())).isEqualTo(profile);
  }

  @Test
  void keepsAnEmptyMetaAndNoMetaApart() {
    Profile withEmptyMeta = Profile.builder().meta(Meta.builder().build()).build();
    Profile withClaimsAndEmptyMeta = Profile.builder().meta(Meta.builder().build()).putExtensions("k", "v").build();

    String basics = "  \"basics\": {\n    \"location\": {},\n    \"profiles\": []\n  }";
    assertThat(write(Profile.builder().build()).content()).isEqualTo("{\n" + basics + "\n}\n");
    assertThat(write(withEmptyMeta).content()).isEqualTo("{\n" + basics + ",\n  \"meta\": {}\n}\n");
    assertThat(readCleanly(write(withEmptyMeta).content())).isEqualTo(withEmptyMeta);
    assertThat(readCleanly(write(withClaimsAndEmptyMeta).content())).isEqualTo(withClaimsAndEmptyMeta);
  }

  @Test
  void writesKeysInTheSchemasOrder() {
    Map<String, Object> written = object(write(Examples.read("full")).content());

    assertThat(written.keySet()).containsExactly(
        "basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills",
        "languages", "interests", "references", "projects", "meta");
    assertThat(List.copyOf(((Map<?, ?>) written.get("basics")).keySet()).stream().map(String::valueOf).toList()).containsExactly(
        "name", "label", "image", "picture", "email", "phone", "url", "website", "summary", "location", "profiles");
    assertThat(List.copyOf(((Map<?, ?>) ((List<?>) written.get("work")).get(0)).keySet()).stream().map(String::valueOf).toList()).containsExactly(
        "name", "company", "location", "description", "position", "url", "website", "startDate", "summary", "highlights");
  }

  @Test
  void writesADateKeptAsTextWhereItWasWhenTheSchemasPatternAllowsIt() {
    Profile profile = Profile.builder()
        .addWork(Work.builder().name("Acme").putExtensions("startDate", "2019-13").putExtensions("endDate", "June 2021").build())
        .build();

    WriteResult written = JsonResumeTesting.writeWithoutAliases(profile);

    assertThat(tree(written.content())).isEqualTo(tree("""
        {
          "basics": {"location": {}, "profiles": []},
          "work": [{"name": "Acme", "startDate": "2019-13"}],
          "meta": {"profilekit": {"version": 1, "work": [{"x-endDate": "June 2021"}]}}
        }"""));
    assertThat(schemaErrors(written.content())).isEmpty();
    assertThat(JsonResumeTesting.read("again.json", written.content()).profile()).contains(profile);
  }
}
