package dev.profilekit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.render.html.internal.PageRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text first, for applicant-tracking systems: what PDFBox extracts from each PDF, in the order
 * the PDF holds it (no sorting by position), is every word of the page in reading order — name,
 * headline, contact, then the sections in document order, each entry's title before its dates —
 * with no word glued to the next or split.
 */
class PdfTextTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final PageRenderer PAGES = new PageRenderer();

  static List<RenderedPdfs.Case> examples() {
    return RenderedPdfs.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theExtractedTextHasEveryWordOfThePageInReadingOrder(RenderedPdfs.Case example) {
    List<String> expected = pageWords(PAGES.renderPrint(example.profile(), example.options()).content());
    List<String> extracted = words(PdfFiles.text(example.render().bytes()));
    assertThat(expected).hasSizeGreaterThan(5);
    int found = 0;
    for (String word : extracted) {
      if (found < expected.size() && word.equals(expected.get(found))) {
        found++;
      }
    }
    assertThat(found)
        .as("words of the page found in order; the first missing one is '%s' after: %s",
            found < expected.size() ? expected.get(found) : "", expected.subList(Math.max(0, found - 8), found))
        .isEqualTo(expected.size());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theNameComesFirstThenTheHeadlineAndTheContact(RenderedPdfs.Case example) {
    String text = PdfFiles.pages(example.render().bytes()).get(0);
    String name = example.profile().person().name().orElseThrow();
    // The page number, an artifact of the page margin, may come first; then the person.
    assertThat(text.lines().map(String::strip).filter(line -> !line.matches("\\d+ / \\d+")).findFirst())
        .contains(name);
    example.profile().person().label().ifPresent(label ->
        assertThat(text.indexOf(label)).isGreaterThan(text.indexOf(name)));
    example.profile().person().email().ifPresent(email ->
        assertThat(text.indexOf(email)).isGreaterThan(text.indexOf(name)));
  }

  @org.junit.jupiter.api.Test
  void anEntrysTitleAndDatesShareALineTitleFirst() {
    String text = PdfFiles.text(examples().get(0).render().bytes());
    assertThat(text).contains("Staff engineer Mar 2019 – present", "Software engineer Sep 2010 – Feb 2019",
        "MSc, Computer Science 2005 – 2010");
  }

  /** The words of the page's visible text in document order, without the running head. */
  private static List<String> pageWords(String html) {
    Document page = Jsoup.parse(html);
    page.select(".running-name").remove();
    List<String> words = new ArrayList<>();
    // Word by word within each text node: words of two elements are two words on the page too
    // (their separators are drawn by the stylesheet), so the PDF must not glue them.
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(org.jsoup.nodes.Node node, int depth) {
        if (node instanceof TextNode text && !(text.parent() != null && text.parentNode() instanceof Element parent && parent.normalName().equals("style"))) {
          words.addAll(words(text.text()));
        }
      }
    }, page.body());
    return words;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      // Headings are upper-cased by the stylesheet.
      words.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
