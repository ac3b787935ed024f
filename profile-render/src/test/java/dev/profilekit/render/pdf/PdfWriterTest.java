package dev.profilekit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.testing.Examples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWriterTest {
  private static final float POINTS_PER_MM = 72f / 25.4f;

  private static RenderedPdfs.Rendered full() {
    return new RenderedPdfs.Case("full", Examples.read("full"), WriteOptions.defaults()).render();
  }

  private static byte[] write(Profile profile, WriteOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RenderedPdfs.WRITER.write(profile, options, out);
    return out.toByteArray();
  }

  @Test
  void pagesAreA4ByDefaultAndLetterWhenAsked() throws IOException {
    try (PDDocument a4 = PdfFiles.open(full().bytes())) {
      assertThat(a4.getPage(0).getMediaBox().getWidth()).isCloseTo(210 * POINTS_PER_MM, org.assertj.core.data.Offset.offset(1f));
      assertThat(a4.getPage(0).getMediaBox().getHeight()).isCloseTo(297 * POINTS_PER_MM, org.assertj.core.data.Offset.offset(1f));
    }
    byte[] letter = write(Examples.read("minimal"), WriteOptions.builder().settings(Map.of("pdf.paper", "letter")).build());
    try (PDDocument document = PdfFiles.open(letter)) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
      assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
    }
  }

  @Test
  void anUnknownPaperIsRefusedBeforeAnythingIsWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> RenderedPdfs.WRITER.write(Examples.read("minimal"),
        WriteOptions.builder().settings(Map.of("pdf.paper", "a5")).build(), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown paper 'a5' for pdf.paper (known: a4, letter)");
    assertThat(out.size()).isZero();
  }

  @Test
  void laterPagesCarryTheNameAndEveryPageItsNumberOfTheTotal() {
    List<String> pages = PdfFiles.pages(full().bytes());
    assertThat(pages).hasSizeGreaterThan(1);
    for (int i = 0; i < pages.size(); i++) {
      assertThat(pages.get(i)).contains((i + 1) + " / " + pages.size());
    }
    assertThat(occurrences(pages.get(0), "Mara Lindqvist")).isEqualTo(1);
    for (String later : pages.subList(1, pages.size())) {
      assertThat(later.strip()).startsWith("Mara Lindqvist");
    }
  }

  @Test
  void theMetadataNamesThePersonTheSubjectTheSkillsAndTheLanguage() throws IOException {
    try (PDDocument document = PdfFiles.open(full().bytes())) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("Mara Lindqvist — Staff software engineer");
      assertThat(info.getAuthor()).isEqualTo("Mara Lindqvist");
      assertThat(info.getSubject()).isEqualTo("Curriculum vitae: Staff software engineer");
      assertThat(info.getKeywords()).startsWith("Python, asyncio, pandas, pytest, Java");
      assertThat(info.getProducer()).isEqualTo("Profile Kit");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(xmp).contains("Mara Lindqvist").contains("pdfaid:part").contains("pdfuaid:part");
    }
  }

  @Test
  void theSectionsAreBookmarkedInPageOrderWithTheNarrativesSubsections() {
    assertThat(PdfFiles.outline(full().bytes())).containsExactly(
        "Skills", "Languages", "Who am I", "  A brief history", "Why I am writing this", "Experience", "Projects",
        "Publications", "Claims and evidence", "Education", "Awards", "Certificates", "Volunteering", "Interests",
        "References");
  }

  @Test
  void linksAreClickable() throws IOException {
    List<String> targets = new ArrayList<>();
    try (PDDocument document = PdfFiles.open(full().bytes())) {
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
            targets.add(uri.getURI());
          }
        }
      }
    }
    assertThat(targets).contains("mailto:mara@example.com", "https://nordrail.example.com/", "https://github.example.com/maralq");
  }

  @Test
  void everyFontIsEmbeddedDejaVu() throws IOException {
    try (PDDocument document = PdfFiles.open(full().bytes())) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(font -> font.startsWith("DejaVu"));
      assertThat(fonts).contains("DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique");
    }
  }

  @Test
  void greekCyrillicAndTypographyNeedNoWarningButAnEmojiIsNamedWithItsField() {
    var rendered = RenderedPdfs.international().render();
    assertThat(rendered.losses()).singleElement().satisfies(warning -> {
      assertThat(warning.code()).isEqualTo("missing-glyph");
      assertThat(warning.path()).contains("$.person.summary");
      assertThat(warning.message()).contains("'🎻' (U+1F3BB)");
      assertThat(warning.format()).startsWith("/pdf/international.yaml:8:12: warning: no font in the PDF can draw '🎻'");
    });
    String text = PdfFiles.text(rendered.bytes());
    assertThat(text).contains("Zoë Ångström-Łukasiewicz", "Дмитрий Шостакович", "Γιώργος", "2019–2024 → now", "Tempo • Balance",
        "Κύριος μαέστρος", "Театр «Оперетта»");
  }

  @Test
  void aProfileImageIsReportedAsNotShown() {
    assertThat(full().losses()).extracting(Diagnostic::code, d -> d.path().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("not-shown", "$.person.image"));
  }

  @Test
  void theAnswersToATargetArePrinted() {
    String text = PdfFiles.text(RenderedPdfs.examples().stream()
        .filter(c -> c.name().equals("research-engineer-answers")).findFirst().orElseThrow().render().bytes());
    assertThat(text).contains("ANSWERS: RESEARCH ENGINEER, EVALUATIONS", "Have published or shipped work on model evaluation", "No claim answers this yet.");
  }

  @Test
  void aThemesPrintPartsApplyAndItsScreenStylesDoNot(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("print-header.mustache"), "<header><h1>{{person.name}}, printed by the theme</h1></header>\n");
    Files.writeString(theme.resolve("style.css"), "{{> base.css}} :root { --accent: var(--ink); }\n");
    Files.writeString(theme.resolve("print-style.css"), "{{> print-base.css}} h1 { color: #800; }\n");
    byte[] pdf = write(Examples.read("minimal"), WriteOptions.builder().themeDirectory(theme).build());
    assertThat(PdfFiles.text(pdf)).contains("Sam Quill, printed by the theme");
  }

  @Test
  void aThemeAskingForSomethingFromOutsideGetsAWarningAndNothingIsFetched(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("print-page.mustache"),
        "<html><head><link rel=\"stylesheet\" href=\"https://example.com/print.css\"></head><body><p>{{person.name}}</p></body></html>\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Diagnostic> losses = RenderedPdfs.WRITER.write(Examples.read("minimal"), WriteOptions.builder().themeDirectory(theme).build(), out);
    assertThat(losses).extracting(Diagnostic::code).contains("not-fetched");
    assertThat(losses).filteredOn(d -> d.code().equals("not-fetched")).first()
        .satisfies(d -> assertThat(d.message()).contains("https://example.com/print.css"));
    assertThat(PdfFiles.text(out.toByteArray())).contains("Sam Quill");
  }

  @Test
  void anEntryIsNeverSplitAcrossPagesAndAHeadingStaysWithWhatFollows() throws IOException {
    Profile long_ = RenderedPdfs.readResource("/pdf/many-entries.yaml");
    byte[] pdf = write(long_, WriteOptions.defaults());
    Files.createDirectories(RenderedPdfs.OUTPUT);
    Files.write(RenderedPdfs.OUTPUT.resolve("many-entries.pdf"), pdf);
    List<String> pages = PdfFiles.pages(pdf);
    assertThat(pages).hasSizeGreaterThan(2);
    for (int entry = 1; entry <= 14; entry++) {
      String title = "Role number " + entry + " ";
      String last = "Closing highlight of role " + entry + ".";
      int titlePage = pageOf(pages, title);
      assertThat(pageOf(pages, last)).as("the last line of entry " + entry).isEqualTo(titlePage);
    }
    assertThat(pageOf(pages, "EDUCATION")).isEqualTo(pageOf(pages, "Degree of the long profile"));
  }

  private static int pageOf(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).replaceAll("\\s+", " ").contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no page has '" + text + "'");
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
