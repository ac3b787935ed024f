package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code convert --watch} from the built jar: they follow edits and stop on Ctrl-C with exit 0. */
class LiveJarIT {
  private static final String PROFILE = "schemaVersion: 1\nperson:\n  name: Sam Quill\n  label: Bookbinder\n";
  private static final long WAIT_SECONDS = 60;

  @TempDir Path dir;

  /** A running command whose output lines are collected as they come. */
  private static final class Running implements AutoCloseable {
    final Process process;
    final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    final BlockingQueue<String> err = new LinkedBlockingQueue<>();
    final List<String> errSoFar = new ArrayList<>();

    Running(String... args) throws IOException {
      List<String> command = new ArrayList<>();
      if (Files.isExecutable(Path.of("/usr/bin/python3"))) {
        // A job started in the background inherits SIGINT ignored; a terminal's Ctrl-C is not. As in a terminal:
        command.addAll(List.of("/usr/bin/python3", "-c",
            "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"));
      }
      command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("profile.jar")));
      command.addAll(List.of(args));
      process = new ProcessBuilder(command).start();
      process.getOutputStream().close();
      collect(process.getInputStream(), out);
      collect(process.getErrorStream(), err);
    }

    private static void collect(InputStream stream, BlockingQueue<String> lines) {
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            lines.add(line);
          }
        } catch (IOException e) {
          // The process ended.
        }
      });
      reader.setDaemon(true);
      reader.start();
    }

    String await(BlockingQueue<String> lines, Predicate<String> wanted, String what) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
      while (true) {
        String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line == null) {
          throw new AssertionError("no line " + what + " within " + WAIT_SECONDS + " s; standard error so far: " + errSoFar);
        }
        if (lines == err) {
          errSoFar.add(line);
        }
        if (wanted.test(line)) {
          return line;
        }
      }
    }

    String awaitErr(String contained) throws InterruptedException {
      return await(err, line -> line.contains(contained), "containing '" + contained + "'");
    }

    int signal(String name) throws Exception {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
      assertThat(kill.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
      assertThat(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)).as("stopped on SIG" + name).isTrue();
      return process.exitValue();
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private static String fetch(URI uri) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void servePrintsItsAddressFollowsEditsAndStopsOnCtrlCWithExitZero() throws Exception {
    Path source = Files.writeString(dir.resolve("me.yaml"), PROFILE);
    try (Running serve = new Running("serve", source.toString())) {
      String line = serve.await(serve.out, l -> l.startsWith("Serving "), "with the address");
      Matcher address = Pattern.compile("at (http://127\\.0\\.0\\.1:(\\d+)/)$").matcher(line);
      assertThat(address.find()).as(line).isTrue();
      URI page = URI.create(address.group(1));
      assertThat(fetch(page)).contains("Sam Quill", "Bookbinder");

      Saves.byRename(source, PROFILE.replace("Bookbinder", "Bookbinder and restorer"));
      assertThat(serve.awaitErr("me.yaml changed:")).matches("\\d\\d:\\d\\d:\\d\\d me\\.yaml changed: page updated in [0-9.]+ ms");
      assertThat(fetch(page)).contains("Bookbinder and restorer");

      assertThat(serve.signal("INT")).isZero();
      serve.awaitErr("profile: stopped");
      try (Socket socket = new Socket()) {
        assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(),
            Integer.parseInt(address.group(2))), 5_000)).isInstanceOf(ConnectException.class);
      }
    }
  }

  @Test
  void convertWatchRewritesTheOutputOnEveryValidChangeAndKeepsItOnAnInvalidOne() throws Exception {
    Path source = Files.writeString(dir.resolve("me.yaml"), PROFILE);
    Path output = dir.resolve("cv.html");
    try (Running watch = new Running("convert", source.toString(), "-o", output.toString(), "--watch")) {
      assertThat(watch.awaitErr("wrote")).matches("\\d\\d:\\d\\d:\\d\\d wrote .*cv\\.html in [0-9.]+ ms");
      watch.awaitErr("Ctrl-C stops");
      assertThat(Files.readString(output)).contains("Bookbinder");

      Saves.byRename(source, PROFILE.replace("Bookbinder", "Bookbinder and restorer"));
      assertThat(watch.awaitErr("changed")).matches("\\d\\d:\\d\\d:\\d\\d me\\.yaml changed: wrote .*cv\\.html in [0-9.]+ ms");
      assertThat(Files.readString(output)).contains("Bookbinder and restorer");

      Saves.byRename(source, PROFILE.replace("label:", "labl:"));
      watch.awaitErr("unknown key `labl`");
      assertThat(watch.awaitErr("changed")).contains("me.yaml changed: failed (exit 1)");
      assertThat(Files.readString(output)).contains("Bookbinder and restorer");
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("me.yaml", "cv.html");
      }

      assertThat(watch.signal("TERM")).isZero();
    }
  }

  @Test
  void convertWatchOfADirectoryConvertsProfilesAddedLater() throws Exception {
    Path profiles = Files.createDirectories(dir.resolve("profiles"));
    Files.writeString(profiles.resolve("sam.yaml"), PROFILE);
    Path site = dir.resolve("site");
    try (Running watch = new Running("convert", profiles.toString(), "--to", "html", "-o", site.toString(), "--watch")) {
      watch.awaitErr("Ctrl-C stops");
      assertThat(site.resolve("sam.html")).exists();

      Saves.byRename(profiles.resolve("ada.yaml"), PROFILE.replace("Sam Quill", "Ada Vale"));
      assertThat(watch.awaitErr("changed")).contains("ada.yaml changed: wrote");
      assertThat(Files.readString(site.resolve("ada.html"))).contains("Ada Vale");

      assertThat(watch.signal("INT")).isZero();
    }
  }
}
