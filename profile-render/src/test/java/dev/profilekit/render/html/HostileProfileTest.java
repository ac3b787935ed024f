package dev.profilekit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.WriteResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The hostile fixture puts script payloads in every field the page shows. Parsed as a browser
 * parses it, the page must contain no markup the payloads meant to create.
 */
class HostileProfileTest {
  private static final WriteResult RESULT = RenderedPages.hostile().write();
  private static final ParsedPage PAGE = ParsedPage.parse(RESULT.content());

  @Test
  void hasNoScriptButTheJsonLd() {
    assertThat(PAGE.elements("script"))
        .extracting(script -> script.getAttribute("type"))
        .containsExactly("application/ld+json");
  }

  @Test
  void hasNoEventHandlerAttributes() {
    assertThat(PAGE.eventHandlerAttributes()).isEmpty();
  }

  @Test
  void hasNoUrlWithAnUnsafeScheme() {
    assertThat(PAGE.unsafeUrlAttributes()).isEmpty();
    assertThat(RESULT.content())
        .doesNotContainPattern("(?i)(href|src|action|data)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):");
  }

  @Test
  void hasNoActiveOrEmbeddingElements() {
    assertThat(PAGE.activeElements()).isEmpty();
    assertThat(PAGE.elements("style")).hasSize(1);
    assertThat(PAGE.allElements()).noneMatch(e -> e.hasAttribute("style") || e.hasAttribute("srcdoc"));
  }

  @Test
  void showsThePayloadsAsText() {
    assertThat(PAGE.headings("h1")).containsExactly(
        "Eve <script>document.title='PWNED'</script></script><script>document.title='PWNED'</script>");
    assertThat(PAGE.title()).startsWith("Eve <script>");
    assertThat(PAGE.elements("html").get(0).getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void keepsJsonLdIntactAndInsideItsScript() {
    assertThat(JsonLdBlock.of(RESULT.content()))
        .containsEntry("name", "Eve <script>document.title='PWNED'</script></script><script>document.title='PWNED'</script>")
        .containsEntry("sameAs", List.of("https://example.org/eve"))
        .doesNotContainKey("url")
        .doesNotContainKey("image");
  }

  @Test
  void reportsEveryDroppedUrlWithItsPath() {
    assertThat(RESULT.losses())
        .filteredOn(d -> d.code().equals("unsafe-url"))
        .extracting(d -> d.path().orElseThrow())
        .contains(
            "$.person.url", "$.person.image", "$.person.links[0].url", "$.person.links[1].url",
            "$.person.links[2].url", "$.person.links[3].url", "$.person.summary",
            "$.sections[0].body", "$.work[0].url", "$.work[0].highlights[1]", "$.volunteer[0].url",
            "$.education[0].url", "$.certificates[0].url", "$.publications[0].url",
            "$.projects[0].url", "$.evidence[0].url", "$.evidence[0].summary", "$.targets[0].url");
    assertThat(RESULT.losses()).allMatch(d -> !d.isError());
    assertThat(RESULT.losses()).extracting(Diagnostic::code).containsOnly("unsafe-url", "unsafe-html", "bad-language");
  }

  @Test
  void reportsRemovedMarkdownHtml() {
    assertThat(RESULT.losses())
        .filteredOn(d -> d.code().equals("unsafe-html"))
        .extracting(d -> d.path().orElseThrow())
        .contains("$.person.summary", "$.sections[0].body", "$.sections[0].sections[0].body", "$.claims[0].statement");
  }

  @Test
  void keepsHarmlessFormattingFromHostileMarkdown() {
    assertThat(PAGE.elements("strong")).extracting(Element::getTextContent).contains("bold");
    assertThat(PAGE.elements("a")).extracting(a -> a.getAttribute("href")).contains("https://example.org/ok");
  }
}
