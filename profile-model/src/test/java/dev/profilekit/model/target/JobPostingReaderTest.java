package dev.profilekit.model.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.Target;
import dev.profilekit.model.format.Input;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobPostingReaderTest {
  private static final JobPostingReader READER = new JobPostingReader();

  private static Target sample() throws IOException {
    try (InputStream in = JobPostingReaderTest.class.getResourceAsStream("/posting/sample.job-v1.2.1.json")) {
      TargetReadResult result = READER.read(Input.ofBytes("sample.job.json", in.readAllBytes()));
      assertThat(result.diagnostics()).isEmpty();
      return result.target().orElseThrow();
    }
  }

  @Test
  void mapsTitleCompanyDateAndDescriptionAcross() throws IOException {
    Target target = sample();

    assertThat(target.id()).isEqualTo("microsoft-web-developer");
    assertThat(target.title()).isEqualTo("Web Developer");
    assertThat(target.organization()).contains("Microsoft");
    assertThat(target.date()).contains(PartialDate.ofMonth(2024, 7));
    assertThat(target.description()).hasValueSatisfying(d -> assertThat(d).startsWith("We are looking for a skilled Web Developer"));
  }

  @Test
  void takesTheUrlFromMetaCanonicalWhenThereIsNoUrl() throws IOException {
    assertThat(sample().url()).contains("http://example.com/jobs/web-developer");
  }

  @Test
  void qualificationsAndSkillsBecomeOneRequiredGroupWithSlugIds() throws IOException {
    RequirementGroup group = sample().groups().get(0);

    assertThat(sample().groups()).hasSize(1);
    assertThat(group.priority()).isEqualTo(Priority.REQUIRED);
    assertThat(group.title()).contains("Qualifications");
    assertThat(group.requirements()).extracting(Requirement::text).containsExactly(
        "Bachelor's degree in Computer Science or related field",
        "3+ years of experience in web development",
        "Strong understanding of JavaScript, HTML, and CSS",
        "Web Development (Master): HTML, CSS, JavaScript, React, Node.js",
        "Database Management (Intermediate): SQL, NoSQL, MongoDB");
    assertThat(group.requirements()).extracting(r -> r.id().orElseThrow()).containsExactly(
        "req-bachelors-degree-in-computer-science-or-related",
        "req-3-years-of-experience-in-web-development",
        "req-strong-understanding-of-javascript-html-and-css",
        "req-web-development-master-html-css-javascript-react",
        "req-database-management-intermediate-sql-nosql");
  }

  @Test
  void responsibilitiesBecomeTheTargetsResponsibilities() throws IOException {
    assertThat(sample().responsibilities()).containsExactly(
        "Develop and maintain web applications",
        "Collaborate with cross-functional teams",
        "Ensure the technical feasibility of UI/UX designs",
        "Optimize applications for maximum speed and scalability");
  }

  @Test
  void keepsEveryOtherKeyAsAnExtensionButNotTheSchemaPointer() throws IOException {
    Map<String, Object> extensions = sample().extensions();

    assertThat(extensions).containsOnlyKeys("type", "location", "remote", "salary", "experience", "meta");
    assertThat(extensions.get("location")).isEqualTo(Map.of(
        "address", "1234 Glücklichkeit Straße\nHinterhaus 5. Etage li.", "postalCode", "10115",
        "city", "Berlin", "countryCode", "DE", "region", "Berlin"));
  }

  @Test
  void readsTheSameDescriptionWrittenInYaml() throws IOException {
    String yaml = "title: Web Developer\ncompany: Microsoft\nqualifications:\n  - SQL\n";

    TargetReadResult result = READER.read(Input.ofString("posting.yaml", yaml));

    assertThat(result.target().orElseThrow().groups().get(0).requirements()).extracting(Requirement::text).containsExactly("SQL");
  }

  @Test
  void pointsAtEachWrongValueAndGivesNoTarget() {
    String json = "{\n  \"title\": \"Role\",\n  \"qualifications\": \"SQL\",\n  \"date\": \"July\"\n}\n";

    TargetReadResult result = READER.read(Input.ofString("bad.json", json));

    assertThat(result.target()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "bad.json:3:21: error: expected a list, found text (at $.qualifications) [wrong-type]\n"
            + "  hint: start each item on its own line with `- `",
        "bad.json:4:11: error: \"July\" is not a date (at $.date) [bad-date]\n"
            + "  hint: write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019-06");
  }

  @Test
  void aDescriptionWithoutATitleIsAnError() {
    TargetReadResult result = READER.read(Input.ofString("untitled.json", "{\"company\": \"Acme\"}"));

    assertThat(result.target()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("missing-required");
      assertThat(d.position()).contains(SourcePosition.of("untitled.json", 1, 1));
    });
  }

  @Test
  void unparseableInputGivesOnePositionedDiagnostic() {
    TargetReadResult result = READER.read(Input.ofString("broken.json", "{\"title\": "));

    assertThat(result.target()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.position()).isPresent());
  }

  @Test
  void numbersRequirementIdsThatWouldClash() {
    TargetReadResult result = READER.read(Input.ofString("twice.json", "{\"title\": \"R\", \"qualifications\": [\"SQL\", \"sql\"]}"));

    assertThat(result.target().orElseThrow().groups().get(0).requirements())
        .extracting(Requirement::id).containsExactly(Optional.of("req-sql"), Optional.of("req-sql-2"));
  }
}
