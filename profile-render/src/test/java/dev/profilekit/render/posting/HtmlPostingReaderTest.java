package dev.profilekit.render.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Target;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.target.TargetReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPostingReaderTest {
  private static final HtmlPostingReader READER = new HtmlPostingReader();

  private static TargetReadResult read(String name) {
    try (InputStream in = HtmlPostingReaderTest.class.getResourceAsStream("/posting/html/" + name)) {
      return READER.read(Input.ofBytes(name, in.readAllBytes()));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> texts(RequirementGroup group) {
    return group.requirements().stream().map(Requirement::text).toList();
  }

  @Test
  void findsTheJobPostingInAGraphAndReadsADescriptionEscapedTwice() {
    TargetReadResult result = read("graph-escaped.html");
    Target target = result.target().orElseThrow();

    assertThat(result.diagnostics()).isEmpty();
    assertThat(target.title()).isEqualTo("Head Baker");
    assertThat(target.organization()).contains("Fernhill Bakery (fictional)");
    assertThat(target.date()).contains(PartialDate.ofDay(2026, 9, 1));
    assertThat(target.description()).contains("Our ovens start at four.");
    assertThat(target.groups()).singleElement().satisfies(group -> {
      assertThat(group.title()).contains("You bring");
      assertThat(texts(group)).containsExactly("Sourdough experience", "Early mornings");
    });
    // What has no home in a target is kept, not dropped; the @id plumbing alone is not kept.
    assertThat(target.extensions()).containsOnlyKeys("baseSalary");
  }

  @Test
  void readsTypesGivenAsAListQualificationsAsLinesSkillsAsAListAndWarnsOfASecondPosting() {
    TargetReadResult result = read("list-type-and-lines.html");
    Target target = result.target().orElseThrow();

    assertThat(target.organization()).contains("Marlow Transit (fictional)");
    assertThat(target.url()).contains("https://jobs.example.com/marlow/data-analyst");
    assertThat(target.responsibilities()).containsExactly("Answer questions from planners", "Own the ridership dashboard");
    assertThat(target.groups()).extracting(g -> g.title().orElseThrow(), RequirementGroup::priority).containsExactly(
        tuple("Nice to have", Priority.PREFERRED), tuple("Qualifications", Priority.REQUIRED), tuple("Skills", Priority.REQUIRED));
    assertThat(texts(target.groups().get(1))).containsExactly("SQL every day", "Clear charts for non-specialists");
    assertThat(texts(target.groups().get(2))).containsExactly("Python", "dbt");
    assertThat(target.description()).contains("Help us run buses on time.");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("several-job-postings");
    assertThat(result.diagnostics().get(0).position().orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void readsAPageWithoutAJobPostingByItsHeadingsAndListsAndSaysSo() {
    TargetReadResult result = read("no-job-posting.html");
    Target target = result.target().orElseThrow();

    assertThat(target.title()).isEqualTo("Junior Gardener");
    assertThat(target.groups()).singleElement().satisfies(group -> {
      assertThat(group.title()).contains("What we ask");
      assertThat(texts(group)).containsExactly("A driving licence", "Love of plants", "especially roses");
    });
    assertThat(target.description()).contains("Oakmere Parks looks after twelve public gardens.");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("no-job-posting");
  }

  @Test
  void jsonLdThatIsNotJsonIsAnErrorAtItsLine() {
    TargetReadResult result = read("broken-json.html");

    assertThat(result.target()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isTrue();
      assertThat(d.position().orElseThrow().file()).isEqualTo("broken-json.html");
      assertThat(d.position().orElseThrow().line()).isEqualTo(5);
    });
  }

  @Test
  void aBrokenJsonLdBlockBesideAValidPostingIsSkippedWithAWarning() {
    String page = "<html><head>\n"
        + "<script type=\"application/ld+json\">{\"@type\": \"Organization\", \"name\": }</script>\n"
        + "<script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"Data engineer\"}</script>\n"
        + "</head><body></body></html>";

    TargetReadResult result = READER.read(Input.ofString("two-blocks.html", page));

    assertThat(result.target()).hasValueSatisfying(t -> assertThat(t.title()).isEqualTo("Data engineer"));
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.isError()).isFalse();
      assertThat(d.code()).isEqualTo("bad-json-ld");
      assertThat(d.position().orElseThrow().line()).isEqualTo(2);
    });
  }

  @Test
  void microdataNestedPastTheBoundIsReadAsTextWithAWarning() {
    int items = 12;
    String page = "<article itemscope itemtype=\"https://schema.org/JobPosting\"><b itemprop=\"title\">Nested role</b>"
        + "<div itemprop=\"hiringOrganization\" itemscope itemtype=\"https://schema.org/Organization\">".repeat(items)
        + "<span itemprop=\"name\">Innermost</span>" + "</div>".repeat(items) + "</article>";

    TargetReadResult result = READER.read(Input.ofString("nested.html", page));

    assertThat(result.target()).isPresent();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("microdata-too-deep");
  }

  @Test
  void microdataGivesTheSameTargetAsJsonLd() throws IOException {
    Target jsonLd = PostingExamples.read("heliotrope-ml-engineer.html");
    Target microdata = PostingExamples.read("heliotrope-ml-engineer.microdata.html");

    assertThat(microdata.title()).isEqualTo(jsonLd.title());
    assertThat(microdata.organization()).isEqualTo(jsonLd.organization());
    assertThat(microdata.date()).isEqualTo(jsonLd.date());
    assertThat(microdata.responsibilities()).isEqualTo(jsonLd.responsibilities());
    assertThat(microdata.groups()).isEqualTo(jsonLd.groups().subList(0, 2));
  }

  @Test
  void hostileMarkupIsReadAsTextAndNeverRun() {
    String page = "<script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"<img src=x onerror=alert(1)>Role\","
        + "\"description\":\"<script>alert(2)<\\/script><ul><li><b onclick='x()'>Rust</b></li></ul>\"}</script>";

    Target target = READER.read(Input.ofString("hostile.html", page)).target().orElseThrow();

    assertThat(target.groups()).singleElement().satisfies(group -> assertThat(texts(group)).containsExactly("Rust"));
    assertThat(target.description()).isEmpty();
  }

  @Test
  void deepNestingIsReadWithoutExhaustingTheStack() {
    int depth = 20_000;
    String page = "<title>Deep role</title><body>" + "<div>".repeat(depth) + "<h2>You have</h2><ul><li>Patience</li></ul>"
        + "</div>".repeat(depth) + "<ul>" + "<li>Level<ul>".repeat(depth) + "</ul></li>".repeat(depth) + "</ul>"
        + "<article itemscope itemtype=\"https://schema.org/JobPosting\">" + "<span>".repeat(100)
        + "<b itemprop=\"title\">Deep role</b>" + "</span>".repeat(100) + "<i>".repeat(depth) + "</article>";

    TargetReadResult result = READER.read(Input.ofString("deep.html", page));

    assertThat(result.target()).isPresent();
    assertThat(result.diagnostics()).noneMatch(Diagnostic::isError);
  }
}
