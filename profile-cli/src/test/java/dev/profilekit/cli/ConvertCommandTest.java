package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static dev.profilekit.cli.CliRunner.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.testing.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  private final String full = Examples.directory().resolve("full.yaml").toString();

  @Test
  void convertsYamlToJsonChoosingTheFormatFromTheOutputName() {
    Path out = dir.resolve("me.json");

    CliRunner.Result result = run("convert", full, "-o", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).isEmpty();
    assertThat(Profiles.read(out).profile()).hasValue(Examples.read("full"));
  }

  @Test
  void writesToStandardOutputWhenToIsGivenWithoutOutput() {
    CliRunner.Result result = run("convert", full, "--to", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).startsWith("{\n  \"schemaVersion\": 1,");
  }

  @Test
  void readsStandardInputGivenAsDash() {
    CliRunner.Result result = runWithInput("schemaVersion: 1\nperson:\n  name: Ada\n", "convert", "-", "--from", "yaml", "--to", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("\"name\": \"Ada\"");
  }

  @Test
  void asksForToWhenTheOutputFormatCannotBeTold() {
    CliRunner.Result result = run("convert", full);

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("--to FORMAT").contains("yaml").contains("json");
  }

  @Test
  void anUnknownFormatListsTheKnownOnes() {
    CliRunner.Result result = run("convert", full, "--to", "docx");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("unknown format 'docx'").contains("known formats: yaml, json");
  }

  @Test
  void invalidContentIsReportedAndNothingIsWrittenNorReplaced() throws Exception {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "schemaVersion: 1\nperson:\n  emial: x@example.com\n");
    Path out = dir.resolve("out.json");
    Files.writeString(out, "previous content");

    CliRunner.Result result = run("convert", broken.toString(), "-o", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.err()).contains("broken.yaml:3:3: error: unknown key `emial` in person")
        .contains("did you mean `email`?").doesNotContain("Exception");
    assertThat(Files.readString(out)).isEqualTo("previous content");
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void aBadUrlTheWriterDropsIsOneDiagnosticAndLossesCarryTheirPosition() throws Exception {
    Path me = Files.writeString(dir.resolve("me.yaml"), "schemaVersion: 1\nperson:\n  name: A\n  url: notaurl\n"
        + "  links:\n    - network: X\n      url: \"javascript:alert(1)\"\n");

    CliRunner.Result html = run("convert", me.toString(), "--to", "html");
    CliRunner.Result resume = run("convert", me.toString(), "--to", "jsonresume");

    assertThat(html.err().lines().filter(line -> line.contains("javascript")).toList()).hasSize(1);
    assertThat(html.err()).contains("me.yaml:7:12: warning: dropped an unsafe link URL");
    assertThat(resume.err().lines().filter(line -> line.contains("notaurl")).toList()).hasSize(1);
    assertThat(resume.err()).containsPattern("me.yaml:4:8: warning: basics.url \"notaurl\" is not an absolute URI.*\\[invalid-in-jsonresume\\]");
  }

  @Test
  void aMissingInputIsUnreadable() {
    CliRunner.Result result = run("convert", dir.resolve("nope.yaml").toString(), "--to", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(result.err()).contains("profile: cannot read ").contains("nope.yaml: no such file").doesNotContain(":1:1:");
  }

  @Test
  void refusesToOverwriteItsInput() throws Exception {
    Path me = dir.resolve("me.yaml");
    Files.copy(Path.of(full), me);
    byte[] before = Files.readAllBytes(me);

    CliRunner.Result result = run("convert", me.toString(), "--to", "yaml", "-o", me.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("refusing to overwrite the input");
    assertThat(Files.readAllBytes(me)).isEqualTo(before);
  }

  @Test
  void anOutputDirectoryThatCannotBeCreatedIsUnwritable() throws Exception {
    Files.writeString(dir.resolve("no"), "a file, not a directory");

    CliRunner.Result result = run("convert", full, "-o", dir.resolve("no/such/dir/me.json").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.UNWRITABLE);
    assertThat(result.err()).containsIgnoringCase("not a directory").doesNotContain("Exception");
  }

  @Test
  void strictTurnsWarningsIntoAFailureAndWritesNothing() throws Exception {
    Path me = dir.resolve("me.yaml");
    Files.writeString(me, "schemaVersion: 1\nperson:\n  name: Ada\n  url: ada.example.com\n");
    Path out = dir.resolve("me.json");

    CliRunner.Result lenient = run("convert", me.toString(), "-o", out.toString());
    assertThat(lenient.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(lenient.err()).contains("warning: the URL \"ada.example.com\" has no scheme");
    Files.delete(out);

    CliRunner.Result strict = run("convert", me.toString(), "-o", out.toString(), "--strict");
    assertThat(strict.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(strict.err()).contains("under --strict: nothing written");
    assertThat(out).doesNotExist();
  }

  @Test
  void quietHidesWarnings() throws Exception {
    Path me = dir.resolve("me.yaml");
    Files.writeString(me, "schemaVersion: 1\nperson:\n  name: Ada\n  url: ada.example.com\n");

    CliRunner.Result result = run("convert", me.toString(), "--to", "json", "--quiet");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithASuggestion() {
    CliRunner.Result result = run("convert", full, "--too", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).containsPattern("Unknown options?: '--too'").contains("Possible solutions: --to");
  }
}
