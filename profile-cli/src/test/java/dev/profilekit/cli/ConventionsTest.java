package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static dev.profilekit.cli.CliRunner.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.testing.Examples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What people expect of a command-line tool: help, names, colours, several inputs, init. */
class ConventionsTest {
  @TempDir Path dir;

  private final String full = Examples.directory().resolve("full.yaml").toString();

  @Test
  void helpWithACommandShowsThatCommandsHelp() {
    CliRunner.Result result = run("help", "convert");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("Usage: profile convert").contains("--to=FORMAT");
  }

  @Test
  void bareHelpListsTheCommands() {
    CliRunner.Result result = run("help");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("Commands:").contains("convert").contains("validate").contains("check");
  }

  @ParameterizedTest
  @CsvSource({"md, '---'", "markdown, '---'", "yml, 'schemaVersion: 1'", "htm, '<!DOCTYPE html>'",
      "resume, '\"basics\"'", "jsonresume, '\"basics\"'", "JSON, '\"schemaVersion\": 1'"})
  void formatsAnswerToTheNamesPeopleType(String name, String start) {
    CliRunner.Result result = run("convert", full, "--to", name);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains(start);
  }

  @Test
  void aMistypedFormatGetsADidYouMean() {
    CliRunner.Result result = run("convert", full, "--to", "jsn");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("did you mean 'json'?");
  }

  @ParameterizedTest
  @CsvSource({"--target, acme, --target", "--theme, ., --theme", "--front-matter, layout=x, --front-matter"})
  void anOptionTheOutputFormatIgnoresIsAUsageError(String option, String value, String named) {
    CliRunner.Result result = run("convert", full, "--to", "json", option, value);

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains(named + " does nothing when writing json");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void anUnknownSetKeyIsAUsageError() {
    CliRunner.Result result = run("convert", full, "--to", "json", "--set", "markdwn.heading.X=work");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("unknown setting 'markdwn.heading.X'");
  }

  @Test
  void anUnknownTargetIsAUsageError() {
    CliRunner.Result result = run("convert", full, "--to", "html", "--target", "no-such-target");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("no-such-target");
  }

  @Test
  void colourFollowsColorNoColorAndTerm() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), "schemaVersion: 1\nperson:\n  name: A\n  emial: a@example.com\n");
    String[] validate = {"validate", bad.toString()};

    assertThat(onATerminal(validate, Map.of())).contains("\u001B[");
    assertThat(onATerminal(validate, Map.of("NO_COLOR", "1"))).doesNotContain("\u001B[");
    assertThat(onATerminal(validate, Map.of("TERM", "dumb"))).doesNotContain("\u001B[");
    assertThat(onATerminal(new String[] {"validate", "--color=never", bad.toString()}, Map.of())).doesNotContain("\u001B[");
    assertThat(run("validate", "--color=always", bad.toString()).err()).contains("\u001B[");
    assertThat(run("--color", "always", "validate", bad.toString()).err()).contains("\u001B[");
  }

  private static String onATerminal(String[] args, Map<String, String> environment) {
    StringWriter err = new StringWriter();
    Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new PrintWriter(err, true), true);
    ProfileCli.run(args, streams, environment);
    return err.toString();
  }

  @Test
  void validateTakesSeveralFilesAndDirectories() throws IOException {
    Path profiles = Files.createDirectories(dir.resolve("profiles/sub"));
    Files.copy(Path.of(full), profiles.resolve("a.yaml"));
    Files.writeString(dir.resolve("profiles/broken.yaml"), "schemaVersion: 1\nperson: [\n");

    CliRunner.Result result = run("validate", dir.resolve("profiles").toString(), full);

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.err()).contains("a.yaml: valid").contains("broken.yaml: invalid").contains("full.yaml: valid");
  }

  @Test
  void checkTakesSeveralFilesAndDirectories() throws IOException {
    Path profiles = Files.createDirectories(dir.resolve("profiles"));
    Files.copy(Path.of(full), profiles.resolve("a.yaml"));
    Files.copy(Path.of(full), profiles.resolve("b.yaml"));

    CliRunner.Result result = run("check", profiles.toString());

    assertThat(result.out()).contains("== " + profiles.resolve("a.yaml")).contains("== " + profiles.resolve("b.yaml"));
  }

  @Test
  void validatesShortFIsFromNotFormat() {
    CliRunner.Result result = run("validate", "-f", "yaml", full);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void yamlOnStandardInputIsToldFromItsContent() throws IOException {
    CliRunner.Result result = runWithInput(Files.readString(Path.of(full)), "convert", "-", "--to", "json");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("\"name\": \"Mara Lindqvist\"");
  }

  @Test
  void aMissingInputIsCannotReadWithExitThree() {
    CliRunner.Result result = run("convert", dir.resolve("nosuch.yaml").toString(), "--to", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(result.err().strip()).isEqualTo("profile: cannot read " + dir.resolve("nosuch.yaml") + ": no such file");
  }

  @ParameterizedTest
  @CsvSource({"me.json, '{\n  \"schemaVersion\"'", "me.resume.json, '{\n  \"basics\"'", "me.md, '---'"})
  void initWritesTheFormatItsNameSaysAndItValidates(String name, String start) throws IOException {
    Path file = dir.resolve(name);

    CliRunner.Result result = run("init", file.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(file)).startsWith(start);
    assertThat(Profiles.read(file).hasErrors()).isFalse();
    assertThat(result.err()).contains("Wrote " + file).contains("profile validate " + file);
  }

  @Test
  void initOnANameNoFormatHasListsTheFileNamesOfTheFormatsItCanWriteAndReadBack() {
    CliRunner.Result result = run("init", dir.resolve("me.txt").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    // From the registry: every format that reads and writes, PDF too; not HTML, which only writes.
    assertThat(result.err()).contains("name it .yaml, .json, .resume.json, .md or .pdf, or say --to FORMAT");
    assertThat(dir.resolve("me.txt")).doesNotExist();
  }

  @Test
  void initsSchemaLinePointsToAFileItWrites() throws IOException {
    Path file = dir.resolve("me.yaml");

    CliRunner.Result result = run("init", file.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(file)).startsWith("# yaml-language-server: $schema=./profile.schema.json");
    assertThat(Files.readString(dir.resolve("profile.schema.json"))).isEqualTo(run("schema").out());
  }

  @Test
  void initRefusesAnExistingFileUnlessForced() throws IOException {
    Path file = Files.writeString(dir.resolve("me.yaml"), "mine");

    assertThat(run("init", file.toString()).exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Files.readString(file)).isEqualTo("mine");

    CliRunner.Result forced = run("init", file.toString(), "--force");

    assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCode.OK);
    assertThat(Profiles.read(file).hasErrors()).isFalse();
  }

  @Test
  void completionOffersFormatsAfterToAndDirectoriesAfterTheme() {
    String bash = run("generate-completion").out();
    String fish = run("generate-completion", "--shell", "fish").out();

    assertThat(bash).contains("FORMAT_option_args=(\"yaml\" \"json\" \"jsonresume\" \"html\" \"markdown\" \"pdf\" \"jsonl\")")
        .containsPattern("'--theme'\\)\\n\\s+local IFS=\\$'\\\\n'\\n.*\\n\\s+COMPREPLY=\\( \\$\\( compgen -d ");
    assertThat(run("generate-completion", "--shell", "zsh").out()).isEqualTo(bash);
    assertThat(fish).contains("-s t -l to -r -a 'yaml json jsonresume html markdown pdf jsonl'")
        .contains("-l theme -r -a '(__fish_complete_directories)'")
        .contains("-a convert -d 'Convert a profile from one format to another.'");
  }

  @Test
  void formatsPrintsAlignedColumns() {
    List<String> lines = run("formats").out().lines().toList();

    int column = lines.get(0).indexOf("DESCRIPTION");
    assertThat(lines).hasSizeGreaterThan(5).allSatisfy(line -> {
      assertThat(line.charAt(column - 1)).isEqualTo(' ');
      assertThat(line.charAt(column)).isNotEqualTo(' ');
    });
  }

  @Test
  void eachCommandsExitCodesAreOnlyThoseItCanReturn() {
    String init = run("init", "--help").out();

    assertThat(init).contains("Exit codes:", "  2  the file exists").doesNotContain("  3  input unreadable")
        .doesNotContain("check failed");
    assertThat(run("validate", "--help").out()).doesNotContain("check failed");
  }

  @Test
  void helpNeverBreaksFileLineColAcrossLines() {
    for (String command : List.of("", "convert", "validate", "check", "init", "tailor")) {
      String help = (command.isEmpty() ? run("--help") : run(command, "--help")).out();

      assertThat(help).as(command).doesNotContainPattern("file:line:?\\s*\\n").doesNotContainPattern("file:\\s*\\n");
    }
  }

  @Test
  void theRootExamplesAreAligned() {
    List<String> examples = run("--help").out().lines()
        .dropWhile(line -> !line.equals("Examples:")).skip(1).takeWhile(line -> !line.isBlank()).toList();

    assertThat(examples).hasSizeGreaterThan(5);
    int column = examples.get(0).indexOf("write a starter");
    assertThat(examples).allSatisfy(line -> assertThat(line.length()).isGreaterThan(column)
        .satisfies(length -> assertThat(line.charAt(column - 1)).isEqualTo(' ')));
  }
}
