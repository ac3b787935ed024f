package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static dev.profilekit.cli.CliRunner.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.Examples;
import org.junit.jupiter.api.Test;

class JsonResumeCommandsTest {
  private final String full = Examples.directory().resolve("full.yaml").toString();

  @Test
  void writesThePreVersionOneAliasesThemesReadUnlessTurnedOff() {
    CliRunner.Result withAliases = run("convert", full, "--to", "jsonresume");
    CliRunner.Result without = run("convert", full, "--to", "jsonresume", "--set", "jsonresume.aliases=off");

    assertThat(withAliases.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(withAliases.out()).contains("\"company\": \"Nordrail Data\"").contains("\"website\": \"https://mara.example.com/\"");
    assertThat(without.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(without.err()).isEmpty();
    assertThat(without.out()).contains("\"name\": \"Nordrail Data\"").doesNotContain("\"company\"").doesNotContain("\"website\"");
  }

  @Test
  void saysTheAliasesSettingDoesNothingForAnotherOutputFormat() {
    CliRunner.Result result = run("convert", full, "--to", "yaml", "--set", "jsonresume.aliases=off");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).contains(
        "warning: --set jsonresume.aliases does nothing when writing yaml (it is for --to jsonresume) [unused-setting]");
  }

  @Test
  void refusesAnAliasesValueItDoesNotKnow() {
    CliRunner.Result result = run("convert", full, "--to", "jsonresume", "--set", "jsonresume.aliases=maybe");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("unknown value for jsonresume.aliases: maybe (use on or off)");
  }

  @Test
  void convertsAMessyJsonResumeWithWarningsAndGivesItBackAsItCame() {
    String messy = """
        {
          // kept by hand
          "basics": {"name": "Ada", "url": ""},
          "work": [{"company": "Acme", "endDate": "Present", "highlights": []}]
        }
        """;

    CliRunner.Result result =
        runWithInput(messy, "convert", "-", "--from", "jsonresume", "--to", "jsonresume", "--set", "jsonresume.aliases=off");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.err()).contains("<stdin>:2:3: warning: comments are not JSON; read and left out [json-comments]")
        .contains("(at $.basics.url) [empty-value]")
        .contains("(at $.work[0].company) [legacy-key]")
        .contains("(at $.work[0].endDate) [ongoing-end-date]");
    assertThat(result.out()).isEqualTo("""
        {
          "basics": {
            "name": "Ada",
            "url": "",
            "location": {},
            "profiles": []
          },
          "work": [
            {
              "company": "Acme",
              "endDate": "Present",
              "highlights": []
            }
          ]
        }
        """);
  }

  @Test
  void validateAsJsonResumeChecksEmailsAsTheJsonResumeToolsDo() {
    CliRunner.Result result = runWithInput("{\"basics\": {\"email\": \"a@localhost\"}}\n", "validate", "--as", "jsonresume", "-");

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.err()).contains("<stdin>:1:22: error: expected an email address, e.g. name@example.com,"
        + " found \"a@localhost\" (at $.basics.email) [schema-format]");
  }

  @Test
  void checkNamesTheJsonResumesOwnPaths() {
    CliRunner.Result result = runWithInput("{\"basics\": {\"name\": \"Ada\", \"summary\": \"TODO: write this\"}}\n",
        "check", "-", "--from", "jsonresume");

    assertThat(result.out() + result.err()).contains("<stdin>:1:39: error: placeholder \"TODO\" left in person (at $.basics.summary)")
        .doesNotContain("$.person");
  }
}
