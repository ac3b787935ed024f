package dev.profilekit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Loads the pages in headless Chromium: what the browser built must show the person and every
 * section, and for the hostile fixture no payload may have run. Screenshots at 1,280 and 320
 * pixels wide go to target/screenshots for review.
 */
class BrowserTest {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @BeforeAll
  static void needsChromium() {
    Chromium.require();
  }

  static List<RenderedPages.Page> examples() {
    return RenderedPages.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void browserShowsPersonAndEverySectionHeading(RenderedPages.Page page) {
    Path file = page.writeFile();

    ParsedPage dom = ParsedPage.parse(Chromium.dumpDom(file));

    assertThat(dom.bodyText()).contains(page.profile().person().name().orElseThrow());
    assertThat(dom.headings("h2")).containsExactlyElementsOf(expectedHeadings(page));
    Chromium.screenshot(file, SCREENSHOTS.resolve(page.name() + "-1280.png"), 1280, 2000);
    Chromium.screenshot(file, SCREENSHOTS.resolve(page.name() + "-320.png"), 320, 2000);
  }

  @Test
  void noHostilePayloadRunsInTheBrowser() {
    Path file = RenderedPages.hostile().writeFile();

    ParsedPage dom = ParsedPage.parse(Chromium.dumpDom(file));

    assertThat(dom.title()).startsWith("Eve <script>").isNotEqualTo("PWNED");
    Element html = dom.elements("html").get(0);
    assertThat(html.hasAttribute("data-pwned")).isFalse();
    assertThat(dom.allElements()).noneMatch(e -> e.getAttribute("id").startsWith("pwned"));
    assertThat(dom.elements("script")).hasSize(1);
    assertThat(dom.eventHandlerAttributes()).isEmpty();
    Chromium.screenshot(file, SCREENSHOTS.resolve("hostile-1280.png"), 1280, 2000);
  }

  /** Proves the check above can fail: the same payload, not escaped, does run. */
  @Test
  void browserRunsAnUnescapedPayload(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path control = dir.resolve("control.html");
    Files.writeString(
        control,
        "<!DOCTYPE html><html lang=en><head><title>Eve</title></head><body>"
            + "<script>document.title='PWNED'</script>"
            + "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','1')\"></body></html>");

    ParsedPage dom = ParsedPage.parse(Chromium.dumpDom(control));

    assertThat(dom.title()).isEqualTo("PWNED");
    assertThat(dom.elements("html").get(0).hasAttribute("data-pwned")).isTrue();
  }

  /** The h2 headings the profile calls for, in page order, worked out from the model. */
  private static List<String> expectedHeadings(RenderedPages.Page page) {
    Profile p = page.profile();
    List<String> headings = new ArrayList<>();
    p.sections().stream().map(Section::title).forEach(headings::add);
    page.options().target().flatMap(p::target).ifPresent(t -> headings.add("Answers: " + t.title()));
    addIf(headings, !p.work().isEmpty(), "Experience");
    addIf(headings, !p.projects().isEmpty(), "Projects");
    addIf(headings, !p.publications().isEmpty(), "Publications");
    addIf(headings, !p.claims().isEmpty() || !p.evidence().isEmpty(), "Claims and evidence");
    addIf(headings, !p.education().isEmpty(), "Education");
    addIf(headings, !p.volunteer().isEmpty(), "Volunteering");
    addIf(headings, !p.references().isEmpty(), "References");
    addIf(headings, !p.skills().isEmpty(), "Skills");
    addIf(headings, !p.languages().isEmpty(), "Languages");
    addIf(headings, !p.awards().isEmpty(), "Awards");
    addIf(headings, !p.certificates().isEmpty(), "Certificates");
    addIf(headings, !p.interests().isEmpty(), "Interests");
    return headings;
  }

  private static void addIf(List<String> headings, boolean condition, String heading) {
    if (condition) {
      headings.add(heading);
    }
  }
}
