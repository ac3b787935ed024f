package dev.profilekit.cli;

import static dev.profilekit.cli.CliRunner.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.testing.Examples;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code -o} writes, and what it never does to what is already there. */
class OutputPathsTest {
  @TempDir Path dir;

  private final String full = Examples.directory().resolve("full.yaml").toString();

  @Test
  void aSymbolicLinkIsKeptAndItsTargetReplaced() throws IOException {
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());

    CliRunner.Result result = run("convert", full, "-o", link.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Profiles.read(real).profile()).hasValue(Examples.read("full"));
    assertThat(temporaryFilesIn(dir)).isEmpty();
  }

  @Test
  void aDanglingSymbolicLinkCreatesTheFileItNames() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("made.json"));

    CliRunner.Result result = run("convert", full, "-o", link.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(dir.resolve("made.json")).isRegularFile();
  }

  @Test
  void aCharacterDeviceIsWrittenThroughNotReplaced() {
    Path devNull = Path.of("/dev/null");

    CliRunner.Result result = run("convert", full, "--to", "json", "-o", devNull.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(Files.isRegularFile(devNull)).isFalse();
    assertThat(Files.exists(devNull)).isTrue();
  }

  @Test
  void aFifoAndALinkToOneAreWrittenThroughNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    Path link = Files.createSymbolicLink(dir.resolve("link-to-pipe"), fifo);

    for (Path output : List.of(fifo, link)) {
      CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
        try {
          return Files.readString(fifo);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });

      CliRunner.Result result = run("convert", full, "--to", "json", "-o", output.toString());

      assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
      assertThat(reader.get(60, TimeUnit.SECONDS)).contains("\"name\": \"Mara Lindqvist\"");
    }
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(temporaryFilesIn(dir)).isEmpty();
  }

  @Test
  void devStdoutMeansTheStream() {
    CliRunner.Result result = run("convert", full, "--to", "json", "-o", "/dev/stdout");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(result.out()).contains("\"name\": \"Mara Lindqvist\"");
  }

  /** Streams whose standard output fails every write, as a full disk does; errors go to {@code err}. */
  private static Streams withFullStandardOutput(StringWriter err) {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    return new Streams(new ByteArrayInputStream(new byte[0]), new java.io.PrintStream(full), new PrintWriter(err, true), false);
  }

  @Test
  void aFailingStandardOutputExitsFiveWithAMessage() {
    StringWriter err = new StringWriter();
    Streams streams = withFullStandardOutput(err);

    int code = ProfileCli.run(new String[] {"convert", this.full, "--to", "json"}, streams);

    assertThat(code).isEqualTo(ExitCode.UNWRITABLE);
    assertThat(err.toString()).contains("cannot write to standard output");
  }

  @Test
  void aFailingStandardOutputFailsCommandsThatPrintThroughPicocliToo() {
    StringWriter err = new StringWriter();
    Streams streams = withFullStandardOutput(err);

    int code = ProfileCli.run(new String[] {"schema"}, streams);

    assertThat(code).isEqualTo(ExitCode.UNWRITABLE);
    assertThat(err.toString()).contains("cannot write to standard output");
  }

  @Test
  void anExistingDirectoryForOneInputGetsTheInputsNameWithTheOutputsEnding() throws IOException {
    Path out = Files.createDirectory(dir.resolve("site"));

    CliRunner.Result result = run("convert", full, "--to", "html", "-o", out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(out.resolve("full.html")).isRegularFile();
    assertThat(temporaryFilesIn(dir)).isEmpty();
  }

  @Test
  void aDirectoryOutputWithoutToAsksForIt() throws IOException {
    Path out = Files.createDirectory(dir.resolve("site"));

    CliRunner.Result result = run("convert", full, "-o", out.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("needs --to FORMAT");
  }

  @Test
  void severalInputsRefuseAnOutputNamedLikeAFile() {
    CliRunner.Result result = run("convert", full, full, "-o", dir.resolve("two.html").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(result.err()).contains("needs an output directory").contains("two.html");
    assertThat(dir.resolve("two.html")).doesNotExist();
  }

  @Test
  void severalInputsWriteIntoANewDirectoryNamedLikeAFormat() {
    String minimal = Examples.directory().resolve("minimal.yaml").toString();
    Path out = dir.resolve("markdown");

    CliRunner.Result result = run("convert", full, minimal, "--to", "markdown", "-o", out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(out.resolve("full.md")).isRegularFile();
    assertThat(out.resolve("minimal.md")).isRegularFile();
  }

  @Test
  void severalInputsRefuseAnExistingFile() throws IOException {
    Path file = Files.writeString(dir.resolve("out"), "keep");

    CliRunner.Result result = run("convert", full, full, "--to", "json", "-o", file.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(Files.readString(file)).isEqualTo("keep");
  }

  @Test
  void aBatchMirrorsTheInputTree() throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("a"));
    Files.createDirectories(in.resolve("b"));
    Files.copy(Path.of(full), in.resolve("a/cv.yaml"));
    Files.copy(Path.of(full), in.resolve("b/cv.yaml"));
    Path out = dir.resolve("out");

    CliRunner.Result result = run("convert", in.toString(), "--to", "json", "-o", out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(out.resolve("a/cv.json")).isRegularFile();
    assertThat(out.resolve("b/cv.json")).isRegularFile();
  }

  @Test
  void missingParentDirectoriesAreCreated() {
    Path out = dir.resolve("deep/er/me.json");

    CliRunner.Result result = run("convert", full, "-o", out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(out).isRegularFile();
  }

  @Test
  void aParentThatIsAFileIsAnOutputError() throws IOException {
    Files.writeString(dir.resolve("file"), "x");

    CliRunner.Result result = run("convert", full, "-o", dir.resolve("file/me.json").toString());

    assertThat(result.exitCode()).isEqualTo(ExitCode.UNWRITABLE);
    assertThat(result.err()).contains("is not a directory").doesNotContain("Exception");
  }

  @Test
  void replacingACommentedYamlFileNeedsForce() throws IOException {
    Path me = Files.writeString(dir.resolve("me.yaml"), "# my notes\nschemaVersion: 1\nperson:\n  name: A\n");

    CliRunner.Result refused = run("convert", full, "-o", me.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err()).contains("comments").contains("--force");
    assertThat(Files.readString(me)).startsWith("# my notes");

    CliRunner.Result forced = run("convert", full, "-o", me.toString(), "--force");

    assertThat(forced.exitCode()).as(forced.err()).isEqualTo(ExitCode.OK);
    assertThat(Profiles.read(me).profile()).hasValue(Examples.read("full"));
  }

  @Test
  void tailorFollowsTheSameCommentRule() throws IOException {
    Path me = Files.writeString(dir.resolve("acme.yaml"), "# keep me\nschemaVersion: 1\n");
    String target = Examples.read("full").targets().get(0).id();

    CliRunner.Result refused = run("tailor", full, "--target", target, "-o", me.toString());

    assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run("tailor", full, "--target", target, "-o", me.toString(), "--force").exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    Path out = Files.writeString(dir.resolve("private.json"), "{}");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));

    CliRunner.Result result = run("convert", full, "-o", out.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.OK);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
  }

  @Test
  void theShutdownHooksWorkDeletesTheOpenTemporaryFiles() throws IOException {
    Path out = dir.resolve("stream.jsonl");
    Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
        new PrintWriter(new StringWriter()), false);
    try (OutputFile.Atomic open = OutputFile.open(out.toString(), streams, java.util.List.of())) {
      open.writer().write("{}\n");
      open.writer().flush();
      assertThat(temporaryFilesIn(dir)).hasSize(1);

      Temporaries.deleteAll();

      assertThat(temporaryFilesIn(dir)).isEmpty();
    }
    assertThat(out).doesNotExist();
  }

  private static java.util.List<Path> temporaryFilesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
