package dev.profilekit.cli.binaryformat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.Examples;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A binary format registered from outside (the test-only {@link ZippedProfileFormat}) works
 * through the command end to end: written atomically as bytes, told by its magic number with no
 * name to go by, and read back to the same profile. Runs the command in its own JVM, the only
 * class path on which that format is registered.
 */
class BinaryFormatTest {
  @TempDir Path dir;

  private record Run(int exitCode, byte[] out, String err) {}

  private static Run profile(Path stdin, String... args) throws IOException, InterruptedException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
        + File.pathSeparator + Path.of("src/test/binary-format").toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, "dev.profilekit.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PROFILE_NO_HEAD_START", "1");
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    }
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(process.exitValue(), out, new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void aBinaryFormatFromOutsideConvertsBothWaysThroughTheCommand() throws Exception {
    Path example = Examples.directory().resolve("full.yaml");
    Path zipped = dir.resolve("me.pkz");

    Run formats = profile(null, "formats");
    assertThat(new String(formats.out(), StandardCharsets.UTF_8)).contains("pkz").contains(".pkz");
    // convert's help lists the formats by file name from the registry, this one included.
    Run help = profile(null, "convert", "--help");
    assertThat(new String(help.out(), StandardCharsets.UTF_8)).containsPattern("(?m)^  pkz +\\.pkz$");

    Run write = profile(null, "convert", example.toString(), "-o", zipped.toString());
    assertThat(write.exitCode()).as(write.err()).isZero();
    byte[] bytes = Files.readAllBytes(zipped);
    assertThat(bytes).startsWith('P', 'K', 3, 4);
    try (var files = Files.list(dir)) {
      assertThat(files.map(path -> path.getFileName().toString())).containsExactly("me.pkz"); // no temporary left
    }

    Run fromName = profile(null, "convert", zipped.toString(), "--to", "yaml");
    Run fromMagic = profile(zipped, "convert", "-", "--to", "yaml");
    Run original = profile(null, "convert", example.toString(), "--to", "yaml");
    assertThat(fromName.exitCode()).as(fromName.err()).isZero();
    assertThat(fromMagic.exitCode()).as(fromMagic.err()).isZero();
    assertThat(new String(fromName.out(), StandardCharsets.UTF_8)).isEqualTo(new String(original.out(), StandardCharsets.UTF_8));
    assertThat(fromMagic.out()).isEqualTo(fromName.out());

    Run toStdout = profile(null, "convert", example.toString(), "--to", "pkz");
    assertThat(toStdout.out()).isEqualTo(bytes);
  }

  @Test
  void aBrokenArchiveIsOneDiagnosticAndWritesNothing() throws Exception {
    Path broken = dir.resolve("broken.pkz");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 0});

    Run run = profile(null, "convert", broken.toString(), "-o", dir.resolve("out.yaml").toString());

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("broken.pkz:1:1: error:").doesNotContain("\tat ");
    assertThat(dir.resolve("out.yaml")).doesNotExist();
  }
}
