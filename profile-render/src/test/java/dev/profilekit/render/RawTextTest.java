package dev.profilekit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Section;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.render.html.HtmlWriter;
import dev.profilekit.render.markdown.MarkdownReader;
import dev.profilekit.render.markdown.MarkdownWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that used to reach the output raw, or crash the writer, is escaped, kept exactly, or refused clearly. */
class RawTextTest {
  private final MarkdownWriter markdown = new MarkdownWriter();
  private final MarkdownReader reader = new MarkdownReader();
  private final HtmlWriter html = new HtmlWriter();

  private static Profile withSummary(String summary) {
    return Profile.builder().person(Person.builder().name("Sam Quill").summary(summary).build()).build();
  }

  private static Profile withSection(String title, String body) {
    return Profile.builder().person(Person.builder().name("Sam Quill").build())
        .addSections(Section.builder().title(title).body(body).build()).build();
  }

  private String writeMarkdown(Profile profile) {
    return markdown.write(profile, WriteOptions.defaults()).content();
  }

  private Profile readMarkdown(String page) {
    return reader.read(Input.ofString("me.md", page), ReadOptions.defaults()).profile().orElseThrow();
  }

  @Test
  void aSectionTitleWasWrittenAsRawHtmlAndIsNowEscapedLikeEveryOtherPlainTextField() {
    Profile profile = withSection("<img src=x onerror=alert(1)>", "Some text.");

    String page = writeMarkdown(profile);

    assertThat(page).contains("## \\<img src=x onerror=alert(1)\\>").doesNotContain("## <img");
    assertThat(readMarkdown(page)).isEqualTo(profile);
  }

  @Test
  void aSectionTitleKeepsItsMarkdownButAnEntityIsEscaped() {
    Profile emphasis = withSection("Who *am* I", "Text.");
    Profile entity = withSection("R&amp;D", "Text.");

    assertThat(writeMarkdown(emphasis)).contains("## Who *am* I\n");
    assertThat(writeMarkdown(entity)).contains("## R\\&amp;D");
    assertThat(readMarkdown(writeMarkdown(emphasis))).isEqualTo(emphasis);
    assertThat(readMarkdown(writeMarkdown(entity))).isEqualTo(entity);
  }

  @Test
  void aNulInASummaryWasWrittenRawSoThePageLookedBinaryAndIsNowKeptEscapedInTheMarker() {
    Profile profile = withSummary("before\u0000after");

    String page = writeMarkdown(profile);

    assertThat(page).doesNotContain("\u0000");
    assertThat(readMarkdown(page)).isEqualTo(profile);
  }

  @Test
  void otherControlCharactersInAnEntryFieldAreNotWrittenRawEither() {
    Profile profile = withSection("Title\u001b[2J", "Body \u0007 bell");

    String page = writeMarkdown(profile);

    assertThat(page).doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(readMarkdown(page)).isEqualTo(profile);
  }

  @Test
  void aLineSeparatorInASectionBodyCameBackAsTheLiteralMarkerAndNowRoundTrips() {
    Profile profile = withSection("About", "one\u2028two\u2029three\u0085four");

    String page = writeMarkdown(profile);
    Profile back = readMarkdown(page);

    assertThat(back).isEqualTo(profile);
    assertThat(back.sections().get(0).body().orElseThrow()).doesNotContain("profilekit");
  }

  @Test
  void aThreeThousandCharacterThematicBreakOverflowedTheStackInHtmlAndNowRenders() {
    for (String rule : new String[] {"*", "-", "_"}) {
      String content = html.write(withSummary(rule.repeat(3000)), WriteOptions.defaults()).content();
      assertThat(content).contains("<hr");
    }
  }

  @Test
  void aLinkTitleFullOfEscapedQuotesOverflowedTheStackInHtmlAndNowRenders() {
    String summary = "[a](https://example.org \"" + "\\\"".repeat(3000) + "\")";

    String content = html.write(withSummary(summary), WriteOptions.defaults()).content();

    assertThat(content).contains("href=\"https://example.org\"");
  }

  @Test
  void aThematicBreakOfFiveThousandDashesInMarkdownReadsBack() {
    Profile profile = withSummary("-".repeat(5000));
    assertThat(readMarkdown(writeMarkdown(profile))).isEqualTo(profile);
  }

  @Test
  void aThemePartialIncludingItselfOverflowedTheStackAndIsNowAClearThemeError(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("header.mustache"), "<header>{{> header}}</header>\n");

    assertThatThrownBy(() -> html.write(withSummary("Hi."), WriteOptions.builder().themeDirectory(theme).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a partial includes itself");
  }
}
