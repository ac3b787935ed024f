package dev.profilekit.model.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The report a tool sees for the draft fixture (the text a person sees is the CLI's, tested there). To regenerate after a deliberate
 * change: {@code -Dgolden.update=true}, then read the diff before committing it.
 */
class CheckReportGoldenTest {
  private static final Path SOURCE_DIR = Path.of("src/test/resources/check");

  @Test
  void writesTheDraftReportAsJson() throws IOException {
    CheckReport report = Fixture.resource("draft.yaml").check();

    assertGolden("draft.report.json", report.toJson());
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
