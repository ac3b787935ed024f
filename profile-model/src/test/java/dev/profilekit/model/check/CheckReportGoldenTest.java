package dev.profilekit.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The reports a person and a tool see for the draft fixture. To regenerate after a deliberate
 * change: {@code -Dgolden.update=true}, then read the diff before committing it.
 */
class CheckReportGoldenTest {
  private static final Path SOURCE_DIR = Path.of("src/test/resources/check");

  @Test
  void writesTheDraftReportAsText() throws IOException {
    CheckReport report = Fixture.resource("draft.yaml").check();

    assertGolden("draft.report.txt", CheckReportWriter.text(report, false));
  }

  @Test
  void writesTheDraftReportAsJson() throws IOException {
    CheckReport report = Fixture.resource("draft.yaml").check();

    assertGolden("draft.report.json", CheckReportWriter.json(report));
  }

  @Test
  void colourAppearsOnlyWhenAskedFor() {
    CheckReport report = Fixture.resource("draft.yaml").check();

    assertThat(CheckReportWriter.text(report, false)).doesNotContain("\u001b[");
    assertThat(CheckReportWriter.text(report, true)).contains("\u001b[1;31merror\u001b[0m: ");
  }

  private static void assertGolden(String name, String actual) throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(SOURCE_DIR.resolve(name), actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = CheckReportGoldenTest.class.getResourceAsStream("/check/" + name)) {
      assertThat(in).as("golden file /check/" + name).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
