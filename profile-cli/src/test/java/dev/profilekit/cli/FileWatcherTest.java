package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatcherTest {
  @TempDir Path dir;
  private final BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
  private final List<Set<Path>> all = new CopyOnWriteArrayList<>();
  private FileWatcher watcher;

  private void start(FileWatcher configured) {
    watcher = configured;
    Thread thread = new Thread(() -> watcher.run(changed -> {
      all.add(changed);
      bursts.add(changed);
    }), "watcher-under-test");
    thread.setDaemon(true);
    thread.start();
  }

  @AfterEach
  void close() {
    if (watcher != null) {
      watcher.close();
    }
  }

  private Set<Path> nextBurst() throws InterruptedException {
    Set<Path> burst = bursts.poll(30, TimeUnit.SECONDS);
    assertThat(burst).as("a change reported within 30 s").isNotNull();
    return burst;
  }

  @Test
  void aWriteAndASaveByRenameAndADeleteThenCreateAreEachReported() throws Exception {
    Path file = Files.writeString(dir.resolve("me.yaml"), "one");
    start(new FileWatcher(Duration.ofMillis(50)).watchFile(file));

    Files.writeString(file, "two");
    assertThat(nextBurst()).containsExactly(file.toAbsolutePath());

    Path temporary = Files.writeString(dir.resolve("me.yaml.swp"), "three");
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertThat(nextBurst()).containsExactly(file.toAbsolutePath());

    Files.delete(file);
    Files.writeString(file, "four");
    assertThat(nextBurst()).contains(file.toAbsolutePath());
  }

  @Test
  void otherFilesInTheSameDirectoryAreNotReported() throws Exception {
    Path file = Files.writeString(dir.resolve("me.yaml"), "one");
    start(new FileWatcher(Duration.ofMillis(50)).watchFile(file));

    Files.writeString(dir.resolve("notes.txt"), "unrelated");
    Files.writeString(dir.resolve("me.yaml~"), "backup");
    Files.writeString(file, "two");

    assertThat(nextBurst()).containsExactly(file.toAbsolutePath());
    assertThat(all).allSatisfy(burst -> assertThat(burst).containsExactly(file.toAbsolutePath()));
  }

  @Test
  void aQuickSeriesOfSavesIsCoalesced() throws Exception {
    Path file = Files.writeString(dir.resolve("me.yaml"), "0");
    // A quiet period far longer than twenty small writes take, so they fall into one burst.
    start(new FileWatcher(Duration.ofMillis(400)).watchFile(file));

    for (int i = 1; i <= 20; i++) {
      Files.writeString(file, Integer.toString(i));
    }

    assertThat(nextBurst()).containsExactly(file.toAbsolutePath());
    assertThat(Files.readString(file)).isEqualTo("20");
    assertThat(all).hasSizeLessThan(20);
  }

  @Test
  void aTreeReportsProfilesInNewSubdirectoriesAndIgnoresWhatItsFilterRefuses() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("profiles"));
    start(new FileWatcher(Duration.ofMillis(50)).watchTree(tree, path -> path.toString().endsWith(".yaml")));

    Files.writeString(tree.resolve("skip.html"), "output");
    Path nested = Files.createDirectories(tree.resolve("team"));
    Path added = Files.writeString(nested.resolve("ada.yaml"), "name");

    Set<Path> burst = nextBurst();
    assertThat(burst).allSatisfy(path -> assertThat(path.toString()).endsWith(".yaml"));
    if (!burst.contains(added.toAbsolutePath())) {
      // The directory's creation and the file's were seen in two bursts.
      assertThat(nextBurst()).contains(added.toAbsolutePath());
    }
    Files.writeString(added, "edited");
    assertThat(nextBurst()).containsExactly(added.toAbsolutePath());
  }
}
