package dev.profilekit.model.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Priority;
import dev.profilekit.model.Requirement;
import dev.profilekit.model.RequirementGroup;
import dev.profilekit.model.Target;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.model.internal.tree.TreeWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPostingReaderTest {
  private static final TextPostingReader READER = new TextPostingReader();

  private static String fixture(String name) {
    try (InputStream in = TextPostingReaderTest.class.getResourceAsStream("/posting/text/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Target read(String name, String text) {
    TargetReadResult result = READER.read(Input.ofString(name, text));
    assertThat(result.diagnostics()).isEmpty();
    return result.target().orElseThrow();
  }

  private static List<String> texts(RequirementGroup group) {
    return group.requirements().stream().map(Requirement::text).toList();
  }

  @Test
  void readsTheTitleTheLinesUnderItHeadingsOverBulletsAndWrappedBullets() {
    Target target = read("crlf-capitals.txt", fixture("crlf-capitals.txt"));

    assertThat(target.title()).isEqualTo("Senior Data Engineer");
    assertThat(target.organization()).contains("Quayside Freight (fictional)");
    assertThat(target.extensions()).containsEntry("location", "Harwick");
    assertThat(target.description()).contains("We move containers and data.");
    assertThat(target.groups()).extracting(g -> g.title().orElseThrow(), RequirementGroup::priority)
        .containsExactly(tuple("REQUIREMENTS", Priority.REQUIRED), tuple("NICE TO HAVE", Priority.PREFERRED));
    assertThat(texts(target.groups().get(0))).containsExactly("5+ years of SQL", "Airflow or a similar scheduler in production");
  }

  @Test
  void readsNumberedListsAnUnderlinedTitleAndAPartialDate() {
    Target target = read("numbered.txt", fixture("numbered.txt"));

    assertThat(target.title()).isEqualTo("Platform Engineer");
    assertThat(target.organization()).contains("Lantern Rail (fictional)");
    assertThat(target.date()).contains(PartialDate.ofMonth(2026, 10));
    assertThat(target.description()).contains("About the role\n\nYou will keep our timetable feeds running. It is a small team.");
    assertThat(target.groups()).extracting(g -> g.title().orElseThrow()).containsExactly("Must have", "Bonus points");
    assertThat(target.groups().get(1).priority()).isEqualTo(Priority.PREFERRED);
    assertThat(texts(target.groups().get(0))).containsExactly("Go or Rust", "Linux on-call experience");
  }

  @Test
  void readsMarkdownPastedAsTextWithNestedBulletsAndResponsibilities() {
    Target target = read("pasted-markdown.txt", fixture("pasted-markdown.txt"));

    assertThat(target.title()).isEqualTo("Product Designer");
    assertThat(target.responsibilities()).containsExactly("Run user interviews", "Prototype flows");
    assertThat(target.groups()).singleElement().satisfies(group -> {
      assertThat(group.title()).contains("You have");
      assertThat(texts(group)).containsExactly("A portfolio of shipped work", "including accessibility work", "Figma skills");
    });
  }

  @Test
  void readsOtherBulletsAndPreferredQualifications() {
    Target target = read("dashes-and-dots.txt", fixture("dashes-and-dots.txt"));

    assertThat(target.groups()).extracting(g -> g.title().orElseThrow(), RequirementGroup::priority)
        .containsExactly(tuple("Qualifications", Priority.REQUIRED), tuple("Preferred qualifications", Priority.PREFERRED));
    assertThat(texts(target.groups().get(0))).containsExactly(
        "PhD in speech processing or equivalent", "Published at a speech conference", "Python and PyTorch");
    assertThat(target.description().orElseThrow()).contains("Posted by Ostrander Audio (fictional).", "Apply by 31 January.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"crlf-capitals.txt", "numbered.txt", "pasted-markdown.txt", "dashes-and-dots.txt"})
  void loosesNoWordOfAnyFixture(String name) {
    String text = fixture(name);
    String yaml = TreeWriter.yaml(NativeCodecs.TARGET.write(read(name, text)));

    // Labels ("Company:") and the heading over the responsibilities name where their words went.
    Stream.of(text.split("\\R"))
        .map(line -> line.replaceFirst("^(Company|Organisation|Location|Posted): ", ""))
        .filter(line -> !line.contains("What you'll do"))
        .flatMap(line -> Stream.of(line.split("[^\\p{L}\\p{N}+]+")))
        .filter(word -> !word.isEmpty())
        .forEach(word -> assertThat(yaml).as("the word " + word).contains(word));
  }

  @Test
  void anEmptyTextHasNoTitleAndSaysSoAtItsStart() {
    TargetReadResult result = READER.read(Input.ofString("<stdin>", "\n\n- SQL\n"));

    assertThat(result.target()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::format)
        .containsExactly("<stdin>:1:1: error: the posting has no title (at $) [missing-title]\n  hint: put the role's title on the first line");
  }

  @Test
  void aDateThatIsNoDateIsKeptAndWarnedAbout() {
    TargetReadResult result = READER.read(Input.ofString("p.txt", "Role\nDate: next spring\n\n- SQL\n"));

    assertThat(result.target().orElseThrow().extensions()).containsEntry("date", "next spring");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("bad-date");
  }

  @Test
  void theRegistryHasTheTextAndJobFormatsForPostingsOnly() {
    Formats formats = Formats.standard();

    assertThat(formats.forPostingFileName("posting.txt").map(f -> f.id())).contains("text");
    assertThat(formats.forPostingFileName("posting.json").map(f -> f.id())).contains("job");
    assertThat(formats.forPostingFileName("posting.job.yaml").map(f -> f.id())).contains("job");
    // Profiles named .json are still native JSON: a posting-only format is never a profile's.
    assertThat(formats.forFileName("me.json").map(f -> f.id())).contains("json");
    assertThat(formats.forFileName("notes.txt")).isEmpty();
    assertThat(formats.requirePosting("text").postingReader()).containsInstanceOf(TextPostingReader.class);
    assertThat(formats.forPostingFileName("me.yaml").flatMap(f -> f.postingReader())).map(Object::getClass)
        .isEqualTo(Optional.of(JobPostingReader.class));
  }

  @Test
  void aHugeOneLinePostingAndAThousandBulletsAreReadQuicklyAndWhole() {
    String line = "word ".repeat(200_000);
    String bullets = "- requirement\n".repeat(1000);

    Target target = read("huge.txt", "Role\n\n" + line + "\n\nYou have:\n" + bullets);

    assertThat(target.description().orElseThrow()).hasSize(line.strip().length());
    assertThat(target.groups().get(0).requirements()).hasSize(1000).extracting(r -> r.id().orElseThrow())
        .doesNotHaveDuplicates();
  }
}
