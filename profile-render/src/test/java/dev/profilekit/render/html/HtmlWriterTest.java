package dev.profilekit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Evidence;
import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.Metric;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Section;
import dev.profilekit.model.Work;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.model.testing.Examples;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class HtmlWriterTest {
  private static final HtmlWriter WRITER = new HtmlWriter();

  private static Profile named(String name) {
    return Profile.builder().person(Person.builder().name(name).build()).build();
  }

  private static ParsedPage page(Profile profile) {
    return ParsedPage.parse(WRITER.write(profile).content());
  }

  @Test
  void registersHtmlFormatAsWriteOnlyForHtmlAndHtmFiles() {
    Format html = Formats.standard().require("html");
    assertThat(html.writer()).isPresent();
    assertThat(html.reader()).isEmpty();
    assertThat(Formats.standard().forFileName("cv.html")).contains(html);
    assertThat(Formats.standard().forFileName("CV.HTM")).contains(html);
  }

  @Test
  void writesPersonNameAsTitleAndOnlyTopLevelHeading() {
    ParsedPage page = page(Examples.read("minimal"));

    assertThat(page.headings("h1")).containsExactly("Sam Quill");
    assertThat(page.title()).isEqualTo("Sam Quill — Bookbinder");
    assertThat(page.elements("html").get(0).getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void escapesMarkupInTextValues() {
    String html = WRITER.write(named("Ann <b>Bold</b> & \"Co\"")).content();

    assertThat(html).contains("Ann &lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;");
    assertThat(ParsedPage.parse(html).headings("h1")).containsExactly("Ann <b>Bold</b> & \"Co\"");
  }

  @Test
  void leavesOutSectionsTheProfileHasNothingFor() {
    ParsedPage page = page(Examples.read("minimal"));

    assertThat(page.headings("h2")).isEmpty();
    assertThat(page.elements("section")).isEmpty();
  }

  @Test
  void showsEveryPartOfTheFullExample() {
    ParsedPage page = page(Examples.read("full"));

    assertThat(page.headings("h2"))
        .containsExactly(
            "Who am I", "Why I am writing this", "Experience", "Projects", "Publications",
            "Claims and evidence", "Education", "Volunteering", "References", "Skills",
            "Languages", "Awards", "Certificates", "Interests");
    assertThat(page.bodyText())
        .contains("A brief history", "Nordrail Data", "feedcheck", "Journal of Transit Data",
            "MSc, Computer Science", "Distributed systems", "CoderDojo Södermalm",
            "Mara makes hard problems look calm.", "Native speaker", "timetables, signalling",
            "Certified Kubernetes Administrator", "Open Data Champion", "Grade 4.6/5",
            "Sveavägen 12, 113 57 Stockholm, Stockholm County, SE", "+46 8 555 0134",
            "Version v1.0.0", "Updated 1 Nov 2026");
  }

  @Test
  void formatsDatesForPeopleAndMachines() {
    String html = WRITER.write(Examples.read("full")).content();

    assertThat(html)
        .contains("<time datetime=\"2019-03\">Mar 2019</time> – present")
        .contains("<time datetime=\"2010-09\">Sep 2010</time> – <time datetime=\"2019-02\">Feb 2019</time>")
        .contains("<time datetime=\"2021-05-14\">14 May 2021</time>")
        .contains("<time datetime=\"2005\">2005</time> – <time datetime=\"2010\">2010</time>");
  }

  @Test
  void showsClaimsWithEvidenceMetricsAndLinksToWhereEvidenceComesFrom() {
    ParsedPage page = page(Examples.read("full"));
    String text = page.bodyText();

    assertThat(text).contains("10+ years of Python in production", "feed latency 40 s → 4 s");
    assertThat(page.elements("a").stream().map(a -> a.getAttribute("href")))
        .contains("#work-nordrail", "#pub-feeds", "#proj-feedcheck", "#award-open-data");
    assertThat(page.allElements().stream().map(e -> e.getAttribute("id")))
        .contains("work-nordrail", "pub-feeds", "proj-feedcheck", "award-open-data");
  }

  @Test
  void writesPercentUnitsAgainstTheNumber() {
    Profile profile =
        Profile.builder()
            .addClaims(Claim.builder().id("c").statement("Better").addEvidence("e").build())
            .addEvidence(
                Evidence.builder().id("e").kind(EvidenceKind.METRIC).summary("Accuracy")
                    .metric(Metric.builder().name("accuracy").before("70").after("80").unit("%").build())
                    .build())
            .build();

    assertThat(page(profile).bodyText()).contains("accuracy 70% → 80%");
  }

  @Test
  void answersTargetRequirementWithClaimsAndEvidence() {
    WriteResult result =
        WRITER.write(Examples.read("research-engineer"), WriteOptions.builder().target("acme-research-engineer").build());
    ParsedPage page = ParsedPage.parse(result.content());

    assertThat(page.headings("h2")).contains("Answers: Research Engineer, Evaluations");
    assertThat(page.headings("h3")).contains("You may be a good fit if you required", "Strong candidates may also have preferred");
    Element answers = page.allElements().stream().filter(e -> e.getAttribute("id").equals("answers")).findFirst().orElseThrow();
    assertThat(answers.getTextContent().replaceAll("\\s+", " "))
        .contains("Have published or shipped work on model evaluation Published research on language model evaluation")
        .contains("agreement with human raters 70% → 80%")
        .contains("Experience with large-scale distributed training No claim answers this yet.");
  }

  @Test
  void leavesOutTargetAnswersWhenNoTargetIsAsked() {
    assertThat(page(Examples.read("research-engineer")).headings("h2")).noneMatch(h -> h.startsWith("Answers"));
  }

  @Test
  void refusesUnknownTargetListingKnownOnes() {
    assertThatThrownBy(() -> WRITER.write(Examples.read("full"), WriteOptions.builder().target("nope").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown target 'nope' (known targets: platform-lead)");
    assertThatThrownBy(() -> WRITER.write(Examples.read("minimal"), WriteOptions.builder().target("x").build()))
        .hasMessageContaining("this profile has no targets");
  }

  @Test
  void rendersMarkdownBodiesWithHeadingsBelowTheSectionHeading() {
    Profile profile =
        Profile.builder()
            .addSections(Section.builder().title("About").body("# Early days\n\nI *like* [trains](https://example.org/t).\n").build())
            .build();
    ParsedPage page = page(profile);

    assertThat(page.headings("h2")).containsExactly("About");
    assertThat(page.headings("h3")).containsExactly("Early days");
    assertThat(page.elements("em")).extracting(Element::getTextContent).containsExactly("like");
    assertThat(page.elements("a")).extracting(a -> a.getAttribute("href")).contains("https://example.org/t");
  }

  @Test
  void sanitisesRawHtmlInMarkdownAndReportsWhatWasRemoved() {
    Profile profile =
        Profile.builder()
            .addSections(Section.builder().title("About").body("Hi <script>alert(1)</script><b onclick=\"x()\">there</b>\n").build())
            .build();
    WriteResult result = WRITER.write(profile);
    ParsedPage page = ParsedPage.parse(result.content());

    assertThat(page.elements("script")).hasSize(1);
    assertThat(page.eventHandlerAttributes()).isEmpty();
    assertThat(page.elements("b")).extracting(Element::getTextContent).containsExactly("there");
    assertThat(result.losses()).extracting(Diagnostic::code).contains("unsafe-html");
    assertThat(result.losses()).extracting(d -> d.path().orElseThrow()).containsOnly("$.sections[0].body");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript:alert(1)", "JavaScript:alert(1)", "  javascript:alert(1)", "java\tscript:alert(1)",
      "java\nscript:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript&colon;alert(1)",
      "javascript&#58;alert(1)", "\u0000javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
      "DATA:image/png;base64,AAAA", "vbscript:msgbox(1)", "VBScript:msgbox(1)", "jav&#x09;ascript:alert(1)"
  })
  void dropsUnsafeUrlsAndReportsEachWithItsPath(String url) {
    Profile profile = Profile.builder().person(Person.builder().name("A").url(url).image(url).build()).build();
    WriteResult result = WRITER.write(profile);
    ParsedPage page = ParsedPage.parse(result.content());

    assertThat(page.unsafeUrlAttributes()).isEmpty();
    assertThat(page.elements("img")).isEmpty();
    assertThat(result.content()).doesNotContainIgnoringCase("script:").doesNotContainIgnoringCase("data:");
    assertThat(result.losses())
        .filteredOn(d -> d.code().equals("unsafe-url"))
        .extracting(d -> d.path().orElseThrow())
        .containsExactlyInAnyOrder("$.person.url", "$.person.image");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/a?b=1#c", "http://example.org", "mailto:a@example.org", "tel:+4685550134", "/about/", "cv.pdf", "#work"})
  void keepsSafeUrls(String url) {
    Profile profile = Profile.builder().person(Person.builder().name("A").url(url).build()).build();
    WriteResult result = WRITER.write(profile);

    assertThat(ParsedPage.parse(result.content()).elements("a")).extracting(a -> a.getAttribute("href")).contains(url);
    assertThat(result.losses()).isEmpty();
  }

  @Test
  void reportsDroppedUrlAtItsSourcePosition() {
    Profile profile = RenderedPages.readResource("/html/hostile.yaml");

    Diagnostic urlLoss =
        WRITER.write(profile).losses().stream()
            .filter(d -> d.path().orElse("").equals("$.person.url"))
            .findFirst()
            .orElseThrow();
    assertThat(urlLoss.code()).isEqualTo("unsafe-url");
    assertThat(urlLoss.format()).startsWith("/html/hostile.yaml:13:").contains("warning: dropped an unsafe link URL");
  }

  @Test
  void describesPersonAsSchemaOrgJsonLd() {
    Map<String, Object> person = JsonLdBlock.of(WRITER.write(Examples.read("full")).content());

    assertThat(person)
        .containsEntry("@context", "https://schema.org")
        .containsEntry("@type", "Person")
        .containsEntry("name", "Mara Lindqvist")
        .containsEntry("jobTitle", "Staff software engineer")
        .containsEntry("url", "https://mara.example.com/")
        .containsEntry("sameAs", List.of("https://github.example.com/maralq", "https://fosstodon.example/@mara"))
        .containsEntry("award", List.of("Open Data Champion"))
        .containsEntry("knowsAbout", List.of("Python", "Java", "Kafka"))
        .containsEntry("worksFor", List.of(Map.of("@type", "Organization", "name", "Nordrail Data", "url", "https://nordrail.example.com/")))
        .containsEntry("alumniOf", List.of(Map.of("@type", "EducationalOrganization",
            "name", "Royal Institute of Technology (fictional campus)", "url", "https://university.example.edu/")));
  }

  @Test
  void keepsJsonLdInsideItsScriptWhateverTheValues() {
    String name = "</script><script>alert(1)</script><!-- \u2028\u2029 & > \"quoted\" back\\slash \t\u0001";
    String html = WRITER.write(named(name)).content();
    ParsedPage page = ParsedPage.parse(html);

    assertThat(page.elements("script")).hasSize(1);
    String json = page.elements("script").get(0).getTextContent();
    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(JsonLdBlock.of(html)).containsEntry("name", name);
  }

  @Test
  void takesLanguageFromFrontMatterAndRefusesWhatIsNotALanguageTag() {
    Profile swedish = Profile.builder().person(Person.builder().name("A").build()).putFrontMatter("lang", "sv-SE").build();
    assertThat(page(swedish).elements("html").get(0).getAttribute("lang")).isEqualTo("sv-SE");

    WriteResult overridden = WRITER.write(swedish, WriteOptions.builder().putFrontMatter("lang", "de").build());
    assertThat(ParsedPage.parse(overridden.content()).elements("html").get(0).getAttribute("lang")).isEqualTo("de");

    Profile bad = Profile.builder().putFrontMatter("lang", "en\"><x").build();
    WriteResult result = WRITER.write(bad);
    assertThat(ParsedPage.parse(result.content()).elements("html").get(0).getAttribute("lang")).isEqualTo("en");
    assertThat(result.losses()).extracting(Diagnostic::code).containsExactly("bad-language");
  }

  @Test
  void reportsExtensionsAsNotShown() {
    Profile profile =
        Profile.builder()
            .addWork(Work.builder().name("Acme").startDate(PartialDate.ofYear(2020)).putExtensions("team", "Core").build())
            .build();

    assertThat(WRITER.write(profile).losses())
        .extracting(Diagnostic::code, d -> d.path().orElseThrow())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("not-shown", "$.work[0].team"));
  }

  @Test
  void inlinesEverythingAndFetchesNothingButTheProfileImage() {
    ParsedPage page = page(Examples.read("full"));

    assertThat(page.elements("link")).isEmpty();
    assertThat(page.elements("style")).hasSize(1);
    assertThat(page.elements("script")).extracting(s -> s.getAttribute("type")).containsExactly("application/ld+json");
    assertThat(page.elements("img")).extracting(i -> i.getAttribute("src")).containsExactly("https://example.com/images/mara.jpg");
    assertThat(page.elements("style").get(0).getTextContent()).doesNotContain("url(", "@import", "@font-face");
  }

  @Test
  void givesSameResultFromManyThreadsAtOnce() {
    Profile profile = Examples.read("full");
    String expected = WRITER.write(profile).content();

    List<String> pages = IntStream.range(0, 32).parallel().mapToObj(i -> WRITER.write(profile).content()).toList();

    assertThat(pages).allMatch(expected::equals);
  }
}
