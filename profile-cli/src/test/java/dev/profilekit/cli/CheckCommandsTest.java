package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.testing.Examples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile check}, {@code tailor} and {@code target import}, run in-process. */
class CheckCommandsTest {
  @TempDir Path dir;

  private Path draft;
  private Path example;

  @BeforeEach
  void copyFixtures() throws IOException {
    draft = copy("draft.yaml");
    example = Examples.directory().resolve("research-engineer.yaml");
  }

  private Path copy(String name) throws IOException {
    try (InputStream in = CheckCommandsTest.class.getResourceAsStream("/check/" + name)) {
      Path file = dir.resolve(name);
      Files.write(file, in.readAllBytes());
      return file;
    }
  }

  @Test
  void checkFailsWhenAFindingIsAnError() {
    CliRunner.Result result = run("check", draft.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.out()).contains("draft.yaml:106:19: error: required requirement `req-bazel`")
        .contains("draft.yaml:15:7: error: placeholder \"TODO\"")
        .contains("Score 63/100")
        .doesNotContain("\u001b[");
  }

  @Test
  void checkPassesWithoutErrorsOnlyWhenTheScoreReachesFailUnder() throws IOException {
    Path clean = dir.resolve("clean.yaml");
    Files.writeString(clean, String.join("\n",
        "schemaVersion: 1",
        "person:",
        "  name: Ada Testwell",
        "claims:",
        "  - id: c",
        "    statement: Shipped a compiler",
        "    evidence: [e]",
        "  - id: d",
        "    statement: Wrote the manual",
        "evidence:",
        "  - id: e",
        "    kind: award",
        "    summary: Best tool prize",
        ""));

    assertThat(run("check", clean.toString()).exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run("check", clean.toString(), "--fail-under", "60").exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run("check", clean.toString(), "--fail-under", "90").exitCode()).isEqualTo(ExitCode.INVALID);
  }

  @Test
  void checkSpeaksJsonForTools() {
    CliRunner.Result result = run("check", draft.toString(), "--format", "json");

    assertThat(result.out()).startsWith("{\n  \"score\": 63,\n  \"errors\": 9,\n  \"warnings\": 3,")
        .contains("\"code\": \"contradicted-claim\"");
  }

  @Test
  void checkTakesPlaceholderPatternsFromAFile() throws IOException {
    Path patterns = dir.resolve("patterns.txt");
    Files.writeString(patterns, "# only this\n\\bmonorepos\\b\n");

    CliRunner.Result result = run("check", draft.toString(), "--patterns", patterns.toString());

    assertThat(result.out()).contains("placeholder \"monorepos\"").doesNotContain("placeholder \"TODO\"");
  }

  @Test
  void checkRefusesABadPatternAnUnknownTargetAndABadScoreAsUsageErrors() throws IOException {
    Path patterns = dir.resolve("patterns.txt");
    Files.writeString(patterns, "(unclosed\n");

    CliRunner.Result badPattern = run("check", draft.toString(), "--patterns", patterns.toString());
    CliRunner.Result badTarget = run("check", draft.toString(), "--target", "nope");

    assertThat(badPattern.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(badPattern.err()).contains("patterns.txt: line 1: not a valid pattern: (unclosed");
    assertThat(badTarget.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(badTarget.err()).contains("the profile has no target `nope` (its targets: northwind-platform)");
    assertThat(run("check", draft.toString(), "--fail-under", "101").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void checkOfAMissingFileOrPatternsFileIsUnreadable() {
    assertThat(run("check", dir.resolve("missing.yaml").toString()).exitCode()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(run("check", draft.toString(), "--patterns", dir.resolve("none.txt").toString()).exitCode())
        .isEqualTo(ExitCode.UNREADABLE);
  }

  @Test
  void tailorWritesAProfileThatValidates() {
    Path out = dir.resolve("acme.yaml");

    CliRunner.Result result = run("tailor", example.toString(), "--target", "acme-research-engineer", "-o", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    Profile tailored = Profiles.read(out).profile().orElseThrow();
    assertThat(ProfileValidator.validate(tailored)).isEmpty();
    assertThat(tailored.work()).extracting(w -> w.id().orElseThrow()).containsExactly("work-lumen");
  }

  @Test
  void tailorRefusesAnUnknownTargetOrSection() {
    assertThat(run("tailor", example.toString(), "--target", "nope").exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run("tailor", example.toString(), "--target", "acme-research-engineer", "--keep", "nope").err())
        .contains("no section has the id or title: nope");
  }

  @Test
  void targetImportPrintsTheTargetAsYaml() throws IOException {
    CliRunner.Result result = run("target", "import", copy("posting.json").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).startsWith("id: microsoft-web-developer\ntitle: Web Developer\norganization: Microsoft\n")
        .contains("  - id: req-3-years-of-experience-in-web-development\n");
  }

  @Test
  void targetImportAddsAMarkdownPostingToAProfileWithoutLosingAnything() throws IOException {
    Path me = dir.resolve("me.yaml");
    Files.copy(example, me);
    Profile before = Profiles.read(me).profile().orElseThrow();

    CliRunner.Result refused = run("target", "import", copy("posting.md").toString(), "--into", me.toString());
    CliRunner.Result forced = run("target", "import", copy("posting.md").toString(), "--into", me.toString(), "--force");

    assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err()).contains("has comments");
    assertThat(forced.exitCode()).isEqualTo(ExitCode.OK);
    Profile after = Profiles.read(me).profile().orElseThrow();
    assertThat(after.targets()).hasSize(2);
    assertThat(Profile.builder().from(after).targets(before.targets()).build()).isEqualTo(before);
    assertThat(after.targets().get(1).id()).isEqualTo("research-engineer-evaluations");
  }

  @Test
  void targetImportRefusesToReplaceATargetButTakesAnotherId() throws IOException {
    Path posting = copy("posting.json");
    Path out = dir.resolve("out.yaml");
    run("target", "import", posting.toString(), "--into", example.toString(), "-o", out.toString());

    CliRunner.Result again = run("target", "import", posting.toString(), "--into", out.toString(), "--force");
    CliRunner.Result renamed = run("target", "import", posting.toString(), "--into", out.toString(), "--id", "ms-2", "--force");

    assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(again.err()).contains("already has a target `microsoft-web-developer`");
    assertThat(renamed.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Profiles.read(out).profile().orElseThrow().targets()).hasSize(3);
  }

  @Test
  void targetImportReportsABadPostingWithItsPosition() throws IOException {
    Path posting = dir.resolve("bad.json");
    Files.writeString(posting, "{\"title\": \"R\", \"qualifications\": 3}");

    CliRunner.Result result = run("target", "import", posting.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.err()).contains("bad.json:1:34: error: expected a list");
  }

  @Test
  void targetAloneIsAUsageError() {
    assertThat(run("target").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void theNewCommandsHaveHelp() {
    for (String[] command : new String[][] {{"check"}, {"tailor"}, {"target", "import"}}) {
      String[] args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      CliRunner.Result result = run(args);
      assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(result.out()).contains("Usage: profile " + String.join(" ", command));
    }
  }
}
