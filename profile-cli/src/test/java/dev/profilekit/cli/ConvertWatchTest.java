package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertWatchTest {
  @TempDir Path dir;

  @Test
  void aWatchedDirectoryStartsRebuildsForItsProfilesButNotForTheFilesTheLastRunWrote() {
    Path profiles = Path.of("profiles").toAbsolutePath();
    Set<Path> written = Set.of(profiles.resolve("out/sam.json"), profiles.resolve("ada.json"));
    Predicate<Path> relevant = ConvertWatch.profilesNotIn(() -> written);

    assertThat(relevant.test(profiles.resolve("sam.yaml"))).isTrue();
    assertThat(relevant.test(profiles.resolve("team/ada.resume.json"))).isTrue();
    assertThat(relevant.test(profiles.resolve("out/sam.json"))).isFalse();
    assertThat(relevant.test(profiles.resolve("ada.json"))).isFalse();
    assertThat(relevant.test(profiles.resolve("out/kept.yaml"))).as("a profile the user keeps in the output directory").isTrue();
    assertThat(relevant.test(profiles.resolve("notes.txt"))).isFalse();
    assertThat(relevant.test(profiles.resolve(".sam.yaml.swp"))).isFalse();
  }

  /** The lines printed to standard error, one by one as they are printed. */
  private static final class Lines extends Writer {
    final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder pending = new StringBuilder();

    @Override
    public synchronized void write(char[] buffer, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        if (buffer[i] == '\n') {
          lines.add(pending.toString());
          pending.setLength(0);
        } else {
          pending.append(buffer[i]);
        }
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    String nextRebuild() throws InterruptedException {
      while (true) {
        String line = lines.poll(30, TimeUnit.SECONDS);
        assertThat(line).as("a rebuild within 30 s").isNotNull();
        if (line.contains(" changed: ")) {
          return line;
        }
      }
    }
  }

  @Test
  void whenTheOutputDirectoryIsTheInputDirectoryASaveRebuildsAndTheRebuildsOwnOutputsDoNot() throws Exception {
    Path profile = Files.writeString(dir.resolve("me.yaml"), "name: one\n");
    // A Markdown page: a profile too, so a rebuild that saw its own write would start another.
    Path page = dir.resolve("me.md");
    Lines err = new Lines();
    Streams streams = new Streams(InputStreamOfNothing.INSTANCE, new java.io.ByteArrayOutputStream(), new PrintWriter(err, true), false);
    // Converts as `convert DIR -o DIR` does: the output beside the profile, written as outputs are.
    ConvertWatch watch = new ConvertWatch(List.of(dir.toString()), dir.toString(), Optional.empty(), streams);
    CountDownLatch stop = new CountDownLatch(1);
    Thread running = new Thread(() -> watch.run(() -> {
      try {
        OutputFile.write(page.toString(), "<p>" + Files.readString(profile) + "</p>", streams, List.of(profile.toString()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return ExitCode.OK;
    }, stop), "convert-watch-under-test");
    running.setDaemon(true);
    running.start();
    try {
      awaitLine(err, "profile: watching ");

      Saves.byRename(profile, "name: two\n");
      assertThat(err.nextRebuild()).contains("me.yaml changed: wrote ");
      assertThat(Files.readString(page)).isEqualTo("<p>name: two\n</p>");

      // Had the page's own write started a rebuild, its line would come before this save's.
      Saves.byRename(profile, "name: three\n");
      assertThat(err.nextRebuild()).contains(" me.yaml changed: wrote ").doesNotContain("me.md");
      assertThat(Files.readString(page)).isEqualTo("<p>name: three\n</p>");
    } finally {
      stop.countDown();
      running.join(TimeUnit.SECONDS.toMillis(30));
    }
  }

  private static void awaitLine(Lines err, String start) throws InterruptedException {
    while (true) {
      String line = err.lines.poll(30, TimeUnit.SECONDS);
      assertThat(line).as("'" + start + "' within 30 s").isNotNull();
      if (line.startsWith(start)) {
        return;
      }
    }
  }

  private static final class InputStreamOfNothing {
    static final java.io.InputStream INSTANCE = java.io.InputStream.nullInputStream();
  }
}
