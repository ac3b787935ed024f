package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import org.junit.jupiter.api.Test;

/** Bad pages give one clear diagnostic with file:line:col, never an exception. */
class MarkdownDiagnosticsTest {
  private final MarkdownReader reader = new MarkdownReader();

  @Test
  void reportsFrontMatterThatIsNeverClosedAtItsFirstLine() {
    ReadResult result = read("---\ntitle: Ada\nlayout: single\n\n## Who am I\n\nText.\n");

    assertThat(result.profile()).isEmpty();
    assertThat(formatted(result)).startsWith("about.md:1:1: error: the front matter that starts here is never closed [unclosed-front-matter]");
  }

  @Test
  void reportsAYamlErrorAtItsLineAndColumnInThePage() {
    ReadResult result = read("---\ntitle: Ada\nlayout: single\n  bad: indent\n---\n\nText.\n");

    assertThat(result.profile()).isEmpty();
    assertThat(formatted(result))
        .isEqualTo("about.md:4:6: error: not valid syntax: mapping values are not allowed here [syntax]");
  }

  @Test
  void reportsAnUnclosedYamlListWhereTheParserNoticesIt() {
    ReadResult result = read("---\ntitle: Ada\nlayout: [single\npermalink: /about/\n---\n\nText.\n");

    assertThat(formatted(result))
        .isEqualTo("about.md:4:10: error: not valid syntax: expected ',' or ']', but got : (while parsing a flow sequence that starts at line 3) [syntax]");
  }

  @Test
  void warnsOfADuplicateFrontMatterKeyAtTheExactLineAndColumnAndTakesTheLastValueAsJekyllDoes() {
    ReadResult result = read("---\ntitle: Ada Quist\nlayout: single\n  \ntitle: Bea Quist\n---\n\nText.\n");

    assertThat(formatted(result))
        .startsWith("about.md:5:1: warning: the key `title` appears twice; the last value is used [duplicate-key]");
    assertThat(result.profile().orElseThrow().person().name()).contains("Bea Quist");
  }

  @Test
  void warnsOfADuplicateKeyInJsonFrontMatterAndTakesTheLastValueAsHugoDoes() {
    ReadResult result = read("{\n  \"layout\": \"a\",\n  \"layout\": \"b\"\n}\n\nText.\n");

    assertThat(formatted(result)).startsWith("about.md:3:3: warning: the key `layout` appears twice");
    assertThat(result.profile().orElseThrow().frontMatter()).containsEntry("layout", "b");
  }

  @Test
  void reportsTomlThatIsNotValidAtItsLine() {
    ReadResult result = read("+++\ntitle = \"About\"\nlayout = = 2\n+++\n\nText.\n");

    assertThat(formatted(result)).startsWith("about.md:3:").contains("error: not valid TOML");
  }

  @Test
  void readsBareCarriageReturnLineEndsWithoutAnInternalError() {
    ReadResult result = read("---\rtitle: Jane Roe\r---\r\r## Who\rText.\r");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.profile().orElseThrow().person().name()).contains("Jane Roe");
    assertThat(result.profile().orElseThrow().sections().get(0).body()).contains("Text.");
  }

  @Test
  void reportsFrontMatterThatIsNotAMapping() {
    ReadResult result = read("---\n- just\n- a list\n---\n\nText.\n");

    assertThat(formatted(result)).startsWith("about.md:2:1: error: front matter must be a mapping of keys to values, found a list [wrong-type]");
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    ReadResult result = reader.read(Input.ofString("deep.md", "Intro\n\n" + ">".repeat(50) + " quote\n"),
        ReadOptions.builder().limits(Limits.builder().maxDepth(20).build()).build());

    assertThat(formatted(result)).startsWith("deep.md:3:21: error: the Markdown nests deeper than the limit of 20 levels [too-deep]");
  }

  @Test
  void refusesTomlAndJsonFrontMatterNestedDeeperThanTheLimit() {
    ReadOptions shallow = ReadOptions.builder().limits(Limits.builder().maxDepth(20).build()).build();
    String toml = "+++\nx = " + "[".repeat(5000) + "]".repeat(5000) + "\n+++\n\nText.\n";
    String json = "{\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n\nText.\n";

    assertThat(formatted(reader.read(Input.ofString("deep.md", toml), shallow))).contains("error:").contains("[too-deep]");
    assertThat(formatted(reader.read(Input.ofString("deep.md", json), shallow))).contains("error:").contains("[too-deep]");
  }

  @Test
  void readsALoneCarriageReturnInsideALineOrAtTheEndAsALineEnd() {
    Profile profile = reader.read(Input.ofString("cr.md", "---\ntitle: Jane Roe\n---\n\nSummary\rgoes on.\r")).profile().orElseThrow();

    assertThat(profile.person().summary()).contains("Summary\ngoes on.");
    assertThat(profile.frontMatter()).isEmpty();
  }

  @Test
  void refusesInputLargerThanTheLimit() {
    ReadResult result = reader.read(Input.ofString("big.md", "word ".repeat(100)),
        ReadOptions.builder().limits(Limits.builder().maxInputBytes(100).build()).build());

    assertThat(formatted(result)).startsWith("big.md:1:1: error: the input is larger than the limit of 100 bytes");
  }

  @Test
  void reportsAnUnknownHeadingMeaningAndKeepsTheSection() {
    ReadResult result = read("---\nprofilekit:\n  headings:\n    Jobs: employment\n---\n\n## Jobs\n\nMany.\n");

    assertThat(result.profile().orElseThrow().sections()).hasSize(1);
    assertThat(formatted(result)).startsWith("about.md:4:11: warning: `employment` is not a heading meaning");
  }

  @Test
  void readsAPageWithoutFrontMatterOrHeadings() {
    ReadResult result = read("Just a paragraph about *me*.\n");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.profile().orElseThrow().person().summary()).contains("Just a paragraph about *me*.");
  }

  private ReadResult read(String markdown) {
    return reader.read(Input.ofString("about.md", markdown));
  }

  private static String formatted(ReadResult result) {
    return result.diagnostics().stream().map(Diagnostic::format).findFirst().orElse("(no diagnostics)");
  }
}
