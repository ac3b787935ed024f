package dev.profilekit.render.html;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium for tests: dumps a page's DOM after its scripts would have run, and takes
 * screenshots. Every call has a fresh profile directory and a time limit; nothing is fetched
 * from the network beyond what the page asks for. Other modules' browser tests start it with
 * {@link #command} (through this module's test jar).
 */
public final class Chromium {
  private static final Path BINARY = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  private static final long TIMEOUT_SECONDS = 90;

  private Chromium() {}

  /**
   * Chromium, or a skipped test when it is not installed — except on CI ({@code CI=true}),
   * where a missing browser fails the test.
   */
  public static void require() {
    boolean installed = Files.isExecutable(BINARY);
    String message =
        "headless Chromium not found at " + BINARY
            + " (install it: apt-get update && apt-get install -y chromium; or set CHROMIUM)";
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(message);
    }
    assumeTrue(installed, message);
  }

  /** The DOM as the browser has it after loading {@code page}. */
  static String dumpDom(Path page) {
    return run(List.of("--dump-dom", page.toUri().toString()));
  }

  /** A PNG of {@code page} at the given window width. */
  static void screenshot(Path page, Path png, int width, int height) {
    try {
      Files.createDirectories(png.getParent());
      Files.deleteIfExists(png);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    run(List.of(
        "--screenshot=" + png.toAbsolutePath(),
        "--window-size=" + width + "," + height,
        "--hide-scrollbars",
        page.toUri().toString()));
    if (!Files.isRegularFile(png)) {
      fail("Chromium wrote no screenshot " + png);
    }
  }

  /** The command that starts headless Chromium with its own profile directory, before any page arguments. */
  public static List<String> command(Path profileDirectory) {
    return new ArrayList<>(List.of(
        BINARY.toString(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--user-data-dir=" + profileDirectory));
  }

  private static String run(List<String> arguments) {
    Path profile = null;
    Path stderr = null;
    Path stdout = null;
    try {
      profile = Files.createTempDirectory("chromium-profile");
      stderr = Files.createTempFile("chromium", ".log");
      stdout = Files.createTempFile("chromium", ".out");
      List<String> command = command(profile);
      command.addAll(arguments);
      Process process =
          new ProcessBuilder(command)
              .redirectError(stderr.toFile())
              .redirectOutput(stdout.toFile())
              .start();
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("Chromium took longer than " + TIMEOUT_SECONDS + " s: " + command);
      }
      if (process.exitValue() != 0) {
        fail("Chromium exited with " + process.exitValue() + ": " + Files.readString(stderr));
      }
      return Files.readString(stdout, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run Chromium", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Chromium ran", e);
    } finally {
      delete(profile);
      delete(stderr);
      delete(stdout);
    }
  }

  private static void delete(Path path) {
    if (path == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(path)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // (Unchecked: a helper process of Chromium removed a file while the walk listed it.)
      // A leftover temporary directory is harmless.
    }
  }
}
