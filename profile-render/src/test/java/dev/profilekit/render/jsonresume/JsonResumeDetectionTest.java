package dev.profilekit.render.jsonresume;

import static dev.profilekit.render.jsonresume.JsonResumeTesting.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonResumeDetectionTest {
  private static final String RESUME = "{\"basics\": {\"name\": \"Ada\"}, \"work\": []}";
  private static final String NATIVE = "{\"schemaVersion\": 1, \"person\": {\"name\": \"Ada\"}}";

  private static Optional<String> detected(String fileName, String content) {
    return Formats.standard().detect(fileName, content).map(Format::id);
  }

  @ParameterizedTest
  @CsvSource({"resume.json", "me.resume.json", "dir/resume.json"})
  void knowsJsonResumeByItsFileName(String fileName) {
    assertThat(Formats.standard().forFileName(fileName).map(Format::id)).contains("jsonresume");
  }

  @Test
  void tellsJsonResumeFromNativeJsonByContent() {
    assertThat(detected("me.json", RESUME)).contains("jsonresume");
    assertThat(detected("me.json", NATIVE)).contains("json");
    assertThat(detected("-", RESUME)).contains("jsonresume");
    assertThat(detected("me.json", resource("sample.resume.json"))).contains("jsonresume");
  }

  @Test
  void readsWhatTheFileNameSaysWhenTheContentSaysNothing() {
    assertThat(detected("me.resume.json", "{}")).contains("jsonresume");
    assertThat(detected("me.json", "{}")).contains("json");
  }

  @Test
  void asksForFromWhenTheNameAndTheContentDisagree() {
    Formats.Detection detection = Formats.standard().identify("me.resume.json", NATIVE);

    assertThat(detection.isAmbiguous()).isTrue();
    assertThat(detection.problem()).contains(
        "me.resume.json is named like jsonresume but its content looks like json; say --from jsonresume or --from json");
  }

  @Test
  void readingAnAmbiguousFileFailsWithAMessageThatAsksForFrom() {
    ReadResult result = Profiles.read(Input.ofString("me.resume.json", NATIVE), Optional.empty(), ReadOptions.defaults());

    assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "me.resume.json:1:1: error: me.resume.json is named like jsonresume but its content looks like json;"
            + " say --from jsonresume or --from json [ambiguous-format]");
    assertThat(Profiles.read(Input.ofString("me.resume.json", NATIVE), Optional.of("json"), ReadOptions.defaults()).hasErrors())
        .as("--from settles it").isFalse();
  }
}
