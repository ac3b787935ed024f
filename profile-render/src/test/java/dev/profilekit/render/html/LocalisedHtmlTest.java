package dev.profilekit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Skill;
import dev.profilekit.model.Work;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages in the output language: lang and dir, the theme's labels and the dates. */
class LocalisedHtmlTest {
  private static final HtmlWriter WRITER = new HtmlWriter();
  private static final Profile PROFILE = Profile.builder()
      .person(Person.builder().name("Mira Okonkwo-Lind").build())
      .addWork(Work.builder().name("Tidewater").position("Lead").startDate(PartialDate.ofMonth(2019, 3)).build())
      .addWork(Work.builder().name("Harbour").endDate(PartialDate.ofMonth(2016, 6)).build())
      .addSkills(Skill.builder().name("Python").build())
      .build();

  private static WriteResult write(WriteOptions options) {
    return WRITER.write(PROFILE, options);
  }

  private static String attribute(ParsedPage page, String name) {
    return page.elements("html").get(0).getAttribute(name);
  }

  @Test
  void aGermanPageHasGermanLabelsAndDates() {
    WriteResult result = write(WriteOptions.builder().language("de").build());
    ParsedPage page = ParsedPage.parse(result.content());

    assertThat(attribute(page, "lang")).isEqualTo("de");
    assertThat(attribute(page, "dir")).isEmpty();
    assertThat(page.headings("h2")).containsExactly("Berufserfahrung", "Kenntnisse");
    assertThat(page.bodyText()).contains("März 2019 – heute", "bis Juni 2016", "Erstellt mit Profile Kit")
        .doesNotContain("present", "until", "Made with");
    assertThat(result.losses()).isEmpty();
  }

  @Test
  void anArabicPageIsRightToLeftWithArabicLabels() {
    WriteResult result = write(WriteOptions.builder().language("ar").build());
    ParsedPage page = ParsedPage.parse(result.content());

    assertThat(attribute(page, "lang")).isEqualTo("ar");
    assertThat(attribute(page, "dir")).isEqualTo("rtl");
    assertThat(page.headings("h2")).containsExactly("الخبرة المهنية", "المهارات");
    assertThat(page.bodyText()).contains("مارس 2019 – حتى الآن");
    assertThat(result.losses()).isEmpty();
  }

  @Test
  void anEnglishPageHasNoDirAttribute() {
    ParsedPage page = ParsedPage.parse(write(WriteOptions.defaults()).content());

    assertThat(attribute(page, "lang")).isEqualTo("en");
    assertThat(attribute(page, "dir")).isEmpty();
    assertThat(page.headings("h2")).containsExactly("Experience", "Skills");
    assertThat(page.bodyText()).contains("Mar 2019 – present", "until Jun 2016");
  }

  @Test
  void theFrontMatterLangChoosesTheLabelsWhenNoLanguageIsAsked() {
    Profile french = Profile.builder().from(PROFILE).putFrontMatter("lang", "fr").build();

    ParsedPage page = ParsedPage.parse(WRITER.write(french, WriteOptions.defaults()).content());

    assertThat(page.headings("h2")).containsExactly("Expérience professionnelle", "Compétences");
    assertThat(page.bodyText()).contains("mars 2019 – aujourd’hui");
  }

  @Test
  void aLanguageWithoutLabelsIsWrittenInTheNearestWithAWarning() {
    WriteResult swiss = write(WriteOptions.builder().language("de-CH").build());
    WriteResult welsh = write(WriteOptions.builder().language("cy").build());

    assertThat(attribute(ParsedPage.parse(swiss.content()), "lang")).isEqualTo("de-CH");
    assertThat(ParsedPage.parse(swiss.content()).headings("h2")).contains("Berufserfahrung");
    assertThat(swiss.losses()).extracting(Diagnostic::code).containsExactly("labels-fallback");
    assertThat(attribute(ParsedPage.parse(welsh.content()), "lang")).isEqualTo("cy");
    assertThat(ParsedPage.parse(welsh.content()).headings("h2")).contains("Experience");
    assertThat(welsh.losses()).extracting(Diagnostic::code).containsExactly("labels-fallback");
  }

  @Test
  void aThemeOverridesLabelsWithItsOwnFile(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("labels-de.properties"), "experience=Werdegang\npresent=jetzt\n", StandardCharsets.UTF_8);

    WriteResult result = write(WriteOptions.builder().language("de").themeDirectory(theme).build());
    ParsedPage page = ParsedPage.parse(result.content());

    assertThat(page.headings("h2")).containsExactly("Werdegang", "Kenntnisse");
    assertThat(page.bodyText()).contains("März 2019 – jetzt");
    assertThat(result.losses()).isEmpty();
  }

  @Test
  void aTemplateCanUseTheLabelsByKey(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("footer.mustache"), "<footer>{{labels.skills}} · {{labels.gradeBefore}}1.0{{labels.gradeAfter}}</footer>",
        StandardCharsets.UTF_8);

    String html = write(WriteOptions.builder().language("ja").themeDirectory(theme).build()).content();

    assertThat(html).contains("<footer>スキル · 成績 1.0</footer>");
  }

  @Test
  void thePrintPageForPdfIsRightToLeftTooAndSaysWhatThePdfCannotDo() {
    WriteResult print = new dev.profilekit.render.html.internal.PageRenderer().renderPrint(PROFILE, WriteOptions.builder().language("he").build());

    assertThat(attribute(ParsedPage.parse(print.content()), "dir")).isEqualTo("rtl");
    assertThat(print.content()).contains("ניסיון תעסוקתי");
    assertThat(print.losses()).extracting(Diagnostic::code).containsExactly("rtl-in-pdf");
  }
}
