package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Overlay files beside a profile on the commands, and what {@code check --lang} says of a translation. */
class OverlayFilesCommandsTest {
  private static final String BASE = """
      schemaVersion: 1
      person:
        name: Ada Lindqvist
        label: Engineer
        phone: "+46 8 5550100"
      work:
        - id: acme
          name: Acme Tools
          position: Builder
          startDate: 2019-03
      """;

  @TempDir Path directory;
  private Path me;

  @BeforeEach
  void writeTheProfile() throws IOException {
    me = Files.writeString(directory.resolve("me.yaml"), BASE);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(directory.resolve(name), text);
  }

  private String shown(String text) {
    return text.replace(directory + "/", "");
  }

  @Test
  void convertFindsTheChosenLanguageAndVariantBesideTheProfile() throws IOException {
    write("me.de.yaml", "person:\n  label: Ingenieurin\nwork:\n  - id: acme\n    position: Baumeisterin\n");
    write("me.public.yaml", "person:\n  phone: null\n");

    CliRunner.Result result = run("convert", me.toString(), "--lang", "de", "--variant", "public", "--to", "yaml");

    assertThat(result.err()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("label: Ingenieurin").contains("position: Baumeisterin").doesNotContain("phone");
  }

  @Test
  void validateChecksTheOverlayFilesBesideTheProfileAtTheirOwnPositions() throws IOException {
    write("me.de.yaml", "person:\n  lable: Ingenieurin\n");

    CliRunner.Result result = run("validate", me.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(shown(result.err())).startsWith(
        "me.de.yaml:2:3: error: translation `de`: unknown key `lable` in person (at $.translations.de.person.lable) [unknown-key]\n"
            + "  hint: did you mean `label`?\n");
    // A directory's overlay files are read with their profile, not as profiles of their own.
    CliRunner.Result all = run("validate", directory.toString());
    assertThat(shown(all.err())).contains("me.yaml: invalid (1 error, 0 warnings)").doesNotContain("me.de.yaml: ");
  }

  @Test
  void checkWithALanguageReportsUntranslatedAndStaleFieldsInItsReport() throws IOException {
    write("me.de.yaml", "person:\n  label: Ingenieurin\n");
    CliRunner.Result marks = run("translate", "--mark", "de", me.toString());
    assertThat(marks.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(shown(marks.out())).isEqualTo("# Replace the translatedFrom block of me.de.yaml with:\n"
        + "translatedFrom:\n  person.label: \"d93352a7\"\n");
    write("me.de.yaml", "person:\n  label: Ingenieurin\n" + marks.out().lines().skip(1).map(l -> l + "\n").reduce("", String::concat));
    Files.writeString(me, BASE.replace("label: Engineer", "label: Senior engineer"));

    CliRunner.Result check = run("check", me.toString(), "--lang", "de", "--format", "json");

    assertThat(check.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(check.err()).isEmpty();
    assertThat(shown(check.out())).contains("\"code\": \"stale-translation\"").contains("\"code\": \"untranslated\"")
        .contains("me.de.yaml").contains("\"path\": \"$.translations.de.person.label\"").contains("\"path\": \"$.work[0].position\"");
    CliRunner.Result text = run("check", me.toString(), "--lang", "de");
    assertThat(shown(text.out())).contains("me.de.yaml:2:10: warning: the base text of `person.label` changed after it was translated")
        .contains("me.yaml:9:15: warning: no `de` translation; the base text is used (at $.work[0].position) [untranslated]");
    CliRunner.Result strict = run("check", me.toString(), "--lang", "de", "--strict");
    assertThat(strict.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(shown(strict.out())).contains("me.de.yaml:2:10: error: the base text of `person.label` changed");
  }

  @Test
  void translateRefusesALanguageTheProfileDoesNotHave() {
    CliRunner.Result result = run("translate", "--mark", "fr", me.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("the profile has no translation `fr`");
  }

  @Test
  void aProfileOnStandardInputCannotUseTheFilesItNames() {
    CliRunner.Result result = CliRunner.runWithInput(BASE + "translations:\n  de: me.de.yaml\n",
        "convert", "-", "--from", "yaml", "--lang", "de", "--to", "yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.err()).contains("<stdin>:12:7: error: the translation `de` is in the file me.de.yaml, which was not read");
  }
}
