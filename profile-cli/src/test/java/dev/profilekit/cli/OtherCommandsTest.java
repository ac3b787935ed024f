package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.ProfileSchema;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.testing.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OtherCommandsTest {
  @TempDir Path dir;

  @Test
  void versionNamesTheRelease() {
    CliRunner.Result result = run("--version");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).startsWith("profile 0.1.0-SNAPSHOT");
  }

  @Test
  void shortVersionOptionAndVersionAfterDebugNameTheReleaseToo() {
    for (String[] args : new String[][] {{"-V"}, {"--debug", "--version"}}) {
      CliRunner.Result result = run(args);

      assertThat(result.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.OK);
      assertThat(result.out()).as(String.join(" ", args)).startsWith("profile 0.1.0-SNAPSHOT");
    }
  }

  @Test
  void helpTeachesTheCommandsAndTheExitCodes() {
    CliRunner.Result result = run("--help");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("convert", "validate", "init", "formats", "schema", "generate-completion")
        .contains("Exit codes:", "3  input unreadable");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"convert", "validate", "init", "formats", "schema"}) {
      CliRunner.Result result = run(command, "--help");
      assertThat(result.exitCode()).as(command).isEqualTo(ExitCode.OK);
      assertThat(result.out()).as(command).contains("Usage: profile " + command);
    }
  }

  @Test
  void helpListsTheFormatsByFileNameFromTheRegistryOnOneLineEach() {
    String convert = run("convert", "--help").out();
    String targetImport = run("target", "import", "--help").out();
    String helpConvert = run("help", "convert").out();

    // The PDF and JSON Lines lines were missing from the hand-kept list these replace.
    assertThat(convert).containsPattern("(?m)^  pdf +\\.pdf$").containsPattern("(?m)^  jsonl +\\.jsonl$")
        .containsPattern("(?m)^  jsonresume +\\.resume\\.json resume\\.json$");
    assertThat(helpConvert).containsPattern("(?m)^  pdf +\\.pdf$");
    assertThat(targetImport).containsPattern("(?m)^  text +\\.txt \\.text$").doesNotContain("  pdf ")
        .contains("--posting-format=FORMAT").containsPattern("FORMAT \\(job, text, html, markdown\\)");
  }

  @Test
  void validateReportsEveryExampleValid() {
    String[] args = Examples.yamlFiles().stream().map(Path::toString).toArray(String[]::new);
    String[] command = new String[args.length + 1];
    command[0] = "validate";
    System.arraycopy(args, 0, command, 1, args.length);

    CliRunner.Result result = run(command);

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).contains("full.yaml: valid (0 errors, 0 warnings)");
  }

  @Test
  void validateReportsAllProblemsAndFails() throws Exception {
    Path me = dir.resolve("me.yaml");
    Files.writeString(me, "schemaVersion: 1\nwork:\n  - startDate: soon\n    endDate: later\n");

    CliRunner.Result result = run("validate", me.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.err()).contains("me.yaml:3:16: error: \"soon\" is not a date")
        .contains("me.yaml:4:14: error: \"later\" is not a date")
        .contains("me.yaml: invalid (2 errors, 0 warnings)");
  }

  @Test
  void validateSpeaksJsonForTools() throws Exception {
    Path me = dir.resolve("me.yaml");
    Files.writeString(me, "schemaVersion: 1\nperson:\n  nam: Ada\n");

    CliRunner.Result result = run("validate", "--format", "json", me.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.out()).contains("\"code\": \"unknown-key\"", "\"line\": 3", "\"column\": 3",
        "\"path\": \"$.person.nam\"", "\"hint\": \"did you mean `name`?\"");
  }

  @Test
  void validateWithStrictFailsOnWarnings() throws Exception {
    Path me = dir.resolve("me.yaml");
    Files.writeString(me, "schemaVersion: 1\nperson:\n  name: Ada\n  email: nope\n");

    assertThat(run("validate", me.toString()).exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run("validate", "--strict", me.toString()).exitCode()).isEqualTo(ExitCode.INVALID);
  }

  @Test
  void validateOfAnUnreadableFileSaysSo() {
    assertThat(run("validate", dir.resolve("missing.yaml").toString()).exitCode()).isEqualTo(ExitCode.UNREADABLE);
  }

  @Test
  void initWritesAStarterThatValidatesAndNeverOverwrites() throws Exception {
    Path me = dir.resolve("me.yaml");

    CliRunner.Result first = run("init", me.toString());
    assertThat(first.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Profiles.read(me).diagnostics()).isEmpty();
    assertThat(Files.readString(me)).contains("# ");

    Files.writeString(me, "my own work");
    CliRunner.Result second = run("init", me.toString());
    assertThat(second.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(second.err()).contains("already exists");
    assertThat(Files.readString(me)).isEqualTo("my own work");
  }

  @Test
  void formatsListsWhatCanBeReadAndWritten() {
    CliRunner.Result result = run("formats");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).containsPattern("yaml\\s+yml\\s+read/write\\s+\\.yaml \\.yml")
        .containsPattern("json\\s+read/write\\s+\\.json");
  }

  @Test
  void schemaPrintsTheNativeSchema() {
    CliRunner.Result result = run("schema");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).isEqualTo(ProfileSchema.json());
  }

  @Test
  void completionScriptIsGenerated() {
    CliRunner.Result result = run("generate-completion");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    // Every command, though a run that names one registers only that one.
    assertThat(result.out()).contains("complete").contains("convert", "validate", "check", "tailor", "target");
  }

  @Test
  void helpBeforeACommandNameListsEveryCommand() {
    CliRunner.Result result = run("--help", "convert");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("convert", "validate", "check", "tailor", "generate-completion");
  }

  @Test
  void aNamedCommandStillSuggestsItsSiblingsWhenMistyped() {
    CliRunner.Result result = run("--debug", "valdate", "x.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("Did you mean: profile validate");
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    CliRunner.Result result = run("convrt");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("convert");
  }
}
