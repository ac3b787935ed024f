package dev.profilekit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each example's page as reviewed. After an intended change, regenerate with
 * {@code ./mvnw -pl profile-render -am verify -Dtest=GoldenHtmlTest -Dgolden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, then look at the screenshots BrowserTest writes
 * and at the diff before committing.
 */
class GoldenHtmlTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "html");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<RenderedPages.Page> examples() {
    return RenderedPages.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void pageMatchesReviewedGoldenFile(RenderedPages.Page page) throws IOException {
    String html = page.write().content();
    Path golden = GOLDEN.resolve(page.name() + ".html");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, html, StandardCharsets.UTF_8);
    }

    assertThat(golden).as("golden file (regenerate with -Dgolden.update=true)").exists();
    assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
