package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.check.CheckReport;
import dev.profilekit.model.check.ProfileChecker;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** `profile check` on a Markdown answers draft points into the draft, once per placeholder. */
class MarkdownDraftCheckTest {
  @Test
  void eachPlaceholderInADraftIsReportedOnceAtItsPlaceInTheDraft() throws Exception {
    Path draft = Path.of("src/test/resources/markdown/answers-acme.md");
    String text = Files.readString(draft);
    var profile = Profiles.read(Input.ofString("answers-acme.md", text), Optional.empty(), ReadOptions.defaults())
        .profile().orElseThrow();

    CheckReport report = ProfileChecker.standard().check(profile, text);

    List<Diagnostic> placeholders = report.findings().stream().filter(d -> d.code().equals("placeholder")).toList();
    assertThat(placeholders).extracting(d -> d.position().orElseThrow().toString())
        .containsExactly("answers-acme.md:17:5", "answers-acme.md:19:29", "answers-acme.md:24:5",
            "answers-acme.md:31:29", "answers-acme.md:35:1");
    String[] lines = text.split("\n", -1);
    assertThat(lines[16].substring(4)).startsWith("(perhaps give some examples)");
    assertThat(lines[30].substring(28)).startsWith("(you need to expand this)");
  }
}
