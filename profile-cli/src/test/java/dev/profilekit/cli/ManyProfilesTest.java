package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static dev.profilekit.cli.CliRunner.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.testing.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batch conversion of files and directories, and JSON Lines streams. */
class ManyProfilesTest {
  @TempDir Path dir;

  @Test
  void convertsADirectoryReportingTheBrokenFileWithoutStoppingTheOthers() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in/nested"));
    for (Path example : Examples.yamlFiles()) {
      Files.copy(example, in.resolve(example.getFileName()));
    }
    Files.writeString(in.resolve("broken.yaml"), "schemaVersion: 1\nperson: {nmae: x}\n");
    Files.writeString(in.resolve("notes.txt"), "not a profile");

    CliRunner.Result result = run("convert", dir.resolve("in").toString(), "--to", "json", "-o", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.err()).contains("broken.yaml:2:10: error: unknown key `nmae`")
        .contains("converted 3 of 4 files to json").contains("1 failed");
    // The output mirrors the input tree.
    assertThat(dir.resolve("out/nested/full.json")).exists();
    assertThat(Profiles.read(dir.resolve("out/nested/research-engineer.json")).profile()).hasValue(Examples.read("research-engineer"));
    assertThat(dir.resolve("out/broken.json")).doesNotExist();
  }

  @Test
  void severalInputsNeedAnOutputDirectoryAndAFormat() {
    String full = Examples.directory().resolve("full.yaml").toString();
    String minimal = Examples.directory().resolve("minimal.yaml").toString();

    assertThat(run("convert", full, minimal, "--to", "json").err()).contains("needs an output directory");
    assertThat(run("convert", full, minimal, "-o", dir.toString()).err()).contains("needs --to FORMAT");
  }

  @Test
  void twoInputsThatWouldShareAnOutputNameAreRefused() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.copy(Examples.directory().resolve("minimal.yaml"), a.resolve("me.yaml"));
    Files.copy(Examples.directory().resolve("minimal.yaml"), b.resolve("me.yaml"));

    CliRunner.Result result = run("convert", a.toString(), b.toString(), "--to", "json", "-o", dir.resolve("out").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("would both be written to me.json");
  }

  @Test
  void packsFilesIntoJsonLinesAndStreamsThemBackInOrder() throws Exception {
    List<String> examples = Examples.yamlFiles().stream().map(Path::toString).toList();
    Path lines = dir.resolve("all.jsonl");
    String[] pack = new String[examples.size() + 5];
    pack[0] = "convert";
    for (int i = 0; i < examples.size(); i++) {
      pack[i + 1] = examples.get(i);
    }
    System.arraycopy(new String[] {"--to", "jsonl", "-o", lines.toString()}, 0, pack, examples.size() + 1, 4);

    assertThat(run(pack).exitCode()).isEqualTo(ExitCode.OK);
    List<String> packed = Files.readAllLines(lines);
    assertThat(packed).hasSize(examples.size()).allSatisfy(line -> assertThat(line).startsWith("{\"schemaVersion\":1"));

    String withBadLine = packed.get(0) + "\n{\"schemaVersion\": 1, \"person\": {\"nmae\": \"x\"}}\n\n" + packed.get(1) + "\n";
    CliRunner.Result streamed = runWithInput(withBadLine, "convert", "-", "--from", "jsonl", "--to", "jsonl");

    assertThat(streamed.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(streamed.err()).contains("<stdin>:2:").contains("unknown key `nmae`").contains("converted 2 of 3 profiles");
    assertThat(streamed.out().split("\n")).containsExactly(packed.get(0), packed.get(1));
  }

  @Test
  void jsonLinesInputMustGoToJsonLines() {
    CliRunner.Result result = runWithInput("", "convert", "-", "--from", "jsonl", "--to", "yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("add --to jsonl");
  }
}
