package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static dev.profilekit.cli.CliRunner.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code profile target import} of every posting form, and README's walkthrough run command by command. */
class PostingWalkthroughTest {
  private static final Path POSTINGS = Examples.directory().resolve("postings");

  @TempDir Path dir;

  @Test
  void importsASavedPageThroughTheRegistry() {
    CliRunner.Result result = run("target", "import", POSTINGS.resolve("heliotrope-ml-engineer.html").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).startsWith("id: heliotrope-labs-fictional-machine-learning\ntitle: Machine Learning Research Engineer\n")
        .contains("  - title: Strong candidates may also have\n    priority: preferred\n", "x-employmentType: FULL_TIME");
  }

  @Test
  void importsTextFromStandardInput() throws IOException {
    CliRunner.Result result = runWithInput(Files.readString(POSTINGS.resolve("heliotrope-ml-engineer.txt")), "target", "import", "-");

    assertThat(result.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("organization: Heliotrope Labs (fictional)", "id: req-experience-mentoring-others");
  }

  @ParameterizedTest
  @CsvSource({"heliotrope-ml-engineer.html, html", "heliotrope-ml-engineer.microdata.html, html",
      "heliotrope-ml-engineer.md, markdown", "heliotrope-ml-engineer.job.json, job", "heliotrope-ml-engineer.txt, text"})
  void standardInputIsReadAsTheFormatItsContentIsAndSaysSo(String file, String format) throws IOException {
    CliRunner.Result piped = runWithInput(Files.readString(POSTINGS.resolve(file)), "target", "import", "-");
    CliRunner.Result named = run("target", "import", POSTINGS.resolve(file).toString());

    assertThat(piped.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(piped.err()).contains("standard input read as posting format " + format + ",", "--posting-format");
    assertThat(piped.out()).isEqualTo(named.out()).startsWith("id: heliotrope-labs-fictional-machine-learning\n"
        + "title: Machine Learning Research Engineer\n");
  }

  @ParameterizedTest
  @CsvSource({"convert, text", "convert, job", "tailor, text", "tailor, job"})
  void aPostingOnlyFormatAsAProfileOutputSaysItReadsPostingsAndPointsToTargetImport(String command, String format) {
    String profile = Examples.directory().resolve("research-engineer.yaml").toString();
    CliRunner.Result result = command.equals("convert")
        ? run("convert", profile, "--to", format)
        : run("tailor", profile, "--target", "acme-research-engineer", "--to", format);

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("'" + format + "' reads job postings only", "profile target import")
        .doesNotContain("can be read");
  }

  @Test
  void aPostingOnlyFormatAsAProfileInputSaysItReadsPostings() {
    CliRunner.Result result = run("convert", POSTINGS.resolve("heliotrope-ml-engineer.txt").toString(), "--from", "text", "--to", "yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("reads job postings only", "profile target import");
  }

  @Test
  void emptyStandardInputAsksForAPostingNotAProfile() {
    CliRunner.Result result = runWithInput("", "target", "import", "-");

    assertThat(result.exitCode()).isNotEqualTo(ExitCode.OK);
    assertThat(result.err()).contains("empty-input", "posting").doesNotContain("profile init");
  }

  @Test
  void aPostingFormatCanBeNamedAndAnUnknownNameIsAUsageErrorListingTheFormats() throws IOException {
    Path pasted = Files.copy(POSTINGS.resolve("heliotrope-ml-engineer.txt"), dir.resolve("posting.dat"));

    CliRunner.Result unknown = run("target", "import", pasted.toString());
    CliRunner.Result named = run("target", "import", pasted.toString(), "--posting-format", "text");
    CliRunner.Result wrong = run("target", "import", pasted.toString(), "--posting-format", "pdf");

    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("cannot tell what kind of posting", "--posting-format", "html", "text")
        .contains("name it .job.json, .txt, .html or .md");
    assertThat(named.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(wrong.err()).contains("unknown posting format 'pdf'", "job", "text", "html", "markdown");
  }

  /** docs/check.md shows parts of `check examples/application-draft.md`: each shown line is a line it prints. */
  @Test
  void theCheckOutputDocsCheckMdShowsIsWhatCheckPrints() throws IOException {
    String docs = Files.readString(Examples.directory().resolveSibling("docs").resolve("check.md"));
    CliRunner.Result checked = run("check", Examples.directory().resolve("application-draft.md").toString());
    // The docs run it from the repository's root, so the file is named `examples/…`.
    List<String> printed = (checked.out() + "\n" + checked.err()).replace(Examples.directory().toString(), "examples").lines().toList();
    List<String> shown = new ArrayList<>();
    Matcher block = Pattern.compile("(?ms)^```text\n(.*?)^```").matcher(docs);
    while (block.find()) {
      String text = block.group(1);
      if (text.startsWith("Evidence read from the answers") || text.startsWith("Suggestions") || text.startsWith("Score ")) {
        shown.addAll(text.lines().toList());
      }
    }

    assertThat(shown).hasSizeGreaterThanOrEqualTo(6);
    assertThat(printed).containsAll(shown);
  }

  @Test
  void checkJsonCarriesTheEvidenceReadFromTheAnswersAndTheSuggestions() {
    CliRunner.Result result = run("check", Examples.directory().resolve("application-draft.md").toString(), "--format", "json");

    assertThat(result.exitCode()).isEqualTo(ExitCode.INVALID);
    assertThat(result.out()).contains("\"score\": 80,", "\"answerEvidence\": [", "\"kind\": \"metric\"",
        "\"suggestions\": [", "\"for\": \"claim\"", "\"matchedWords\": [");
  }

  @Test
  void formatsMarksThoseThatReadPostings() {
    assertThat(run("formats").out()).containsPattern("html\\s+htm\\s+write/postings\\s+\\.html")
        .containsPattern("text\\s+postings\\s+\\.txt").containsPattern("markdown\\s+md\\s+read/write/postings");
  }

  /** Every command of README's "Answering a posting, step by step", as printed, with the exit code it promises. */
  @Test
  void theReadmeWalkthroughWorksAsPrinted() throws IOException {
    String readme = Files.readString(Examples.directory().resolveSibling("README.md"));
    int start = readme.indexOf("### Answering a posting, step by step");
    String section = readme.substring(start, readme.indexOf("\n## ", start));
    List<String> commands = new ArrayList<>();
    Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(section);
    while (block.find()) {
      block.group(1).lines().filter(line -> line.startsWith("bin/profile ")).forEach(commands::add);
    }
    assertThat(commands).hasSize(7);
    for (String line : commands) {
      String command = line.replaceFirst("\\s+#.*$", "");
      int expected = line.matches(".*#\\s*exit 1\\b.*") ? ExitCode.INVALID : ExitCode.OK;
      String stdin = "";
      List<String> args = new ArrayList<>();
      String[] words = command.substring("bin/profile ".length()).split("\\s+");
      for (int i = 0; i < words.length; i++) {
        if (words[i].equals("<")) {
          stdin = Files.readString(resolve(words[++i]));
        } else {
          args.add(words[i].contains("/") || words[i].matches(".*\\.(yaml|md|html|txt)") ? resolve(words[i]).toString() : words[i]);
        }
      }
      CliRunner.Result result = runWithInput(stdin, args.toArray(String[]::new));
      assertThat(result.exitCode()).as(line + "\n" + result.err()).isEqualTo(expected);
    }
    assertThat(dir.resolve("answers.md")).content().contains("## Experience mentoring others\n");
    assertThat(dir.resolve("answers.html")).content().contains("Heliotrope");
  }

  /** The repository's files where README names them; the files the walkthrough writes, in a scratch directory. */
  private Path resolve(String word) {
    return word.startsWith("examples/") ? Examples.directory().resolveSibling(word) : dir.resolve(word);
  }
}
