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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWatcherTest {
  @TempDir Path dir;
  private final BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
  private final List<Set<Path>> all = new CopyOnWriteArrayList<>();
  private final List<RuntimeException> problems = new CopyOnWriteArrayList<>();
  private FileWatcher watcher;

  private void start(FileWatcher configured) {
    start(configured, changed -> {});
  }

  /** Starts watching; {@code first} runs on each burst before it is recorded (and may throw). */
  private void start(FileWatcher configured, Consumer<Set<Path>> first) {
    watcher = configured;
    Thread thread = new Thread(() -> watcher.run(changed -> {
      all.add(changed);
      bursts.add(changed);
      first.accept(changed);
    }, problems::add), "watcher-under-test");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Saves {@code sentinel} and waits for its burst: every change made before has been reported
   * by then (events arrive in order), so what {@link #all} holds is all there will be.
   */
  private void awaitEverythingBefore(Path sentinel) throws Exception {
    Saves.byRename(sentinel, "sentinel");
    Path expected = sentinel.toAbsolutePath();
    while (!nextBurst().contains(expected)) {
      // An earlier burst: keep waiting for the sentinel's.
    }
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
    Path sentinel = Files.writeString(dir.resolve("sentinel.yaml"), "");
    start(new FileWatcher(Duration.ofMillis(50)).watchFile(file).watchFile(sentinel));

    Files.writeString(dir.resolve("notes.txt"), "unrelated");
    Files.writeString(dir.resolve("me.yaml~"), "backup");
    Saves.byRename(file, "two");
    assertThat(nextBurst()).containsExactly(file.toAbsolutePath());

    awaitEverythingBefore(sentinel);
    assertThat(all).containsExactly(Set.of(file.toAbsolutePath()), Set.of(sentinel.toAbsolutePath()));
  }

  @Test
  void aQuickSeriesOfSavesIsCoalesced() throws Exception {
    Path file = Files.writeString(dir.resolve("me.yaml"), "0");
    Path sentinel = Files.writeString(dir.resolve("sentinel.yaml"), "");
    // A quiet period far longer than twenty small writes take, so they fall into one burst.
    start(new FileWatcher(Duration.ofMillis(500)).watchFile(file).watchFile(sentinel));

    for (int i = 1; i <= 20; i++) {
      Files.writeString(file, Integer.toString(i));
    }
    assertThat(nextBurst()).containsExactly(file.toAbsolutePath());

    awaitEverythingBefore(sentinel);
    assertThat(all).as("twenty saves, one burst").containsExactly(Set.of(file.toAbsolutePath()), Set.of(sentinel.toAbsolutePath()));
  }

  @Test
  void directoriesThatVanishAtOnceAreIgnoredAndTheWatchGoesOn() throws Exception {
    Path tree = Files.createDirectories(dir.resolve("profiles"));
    start(new FileWatcher(Duration.ofMillis(20)).watchTree(tree, path -> path.toString().endsWith(".yaml")));

    // Some of these are gone by the time the watcher registers them.
    for (int i = 0; i < 1000; i++) {
      Path vanishing = Files.createDirectory(tree.resolve("d" + i));
      Files.delete(vanishing);
    }
    Path saved = Saves.byRename(tree.resolve("ada.yaml"), "name");

    Path expected = saved.toAbsolutePath();
    while (!nextBurst().contains(expected)) {
      // Bursts of the vanished directories (none of them relevant) are never reported.
    }
    assertThat(all).allSatisfy(burst -> assertThat(burst).containsExactly(expected));
    assertThat(problems).isEmpty();
  }

  @Test
  void aBurstThatFailsIsReportedAndLaterChangesAreStillSeen() throws Exception {
    Path file = Files.writeString(dir.resolve("me.yaml"), "one");
    AtomicBoolean failed = new AtomicBoolean();
    start(new FileWatcher(Duration.ofMillis(50)).watchFile(file), changed -> {
      if (!failed.getAndSet(true)) {
        throw new IllegalStateException("a bug in the rebuild");
      }
    });

    Saves.byRename(file, "two");
    nextBurst();
    Saves.byRename(file, "three");

    assertThat(nextBurst()).containsExactly(file.toAbsolutePath());
    assertThat(problems).singleElement().extracting(Throwable::getMessage).isEqualTo("a bug in the rebuild");
    assertThat(FileWatcher.warning(problems.get(0)))
        .isEqualTo("profile: warning: internal error: java.lang.IllegalStateException: a bug in the rebuild"
            + " (please report it); still watching [watch-problem]");
  }

  @Test
  void aThemeDirectoryReportsTheFilesAThemeReadsButNotItsSubdirectoriesOrOtherFiles() throws Exception {
    Path theme = Files.createDirectories(dir.resolve("theme"));
    Path nested = Files.createDirectories(theme.resolve("partials"));
    start(new FileWatcher(Duration.ofMillis(50)).watchDirectory(theme, PreviewSession.THEME_FILE));

    Files.writeString(nested.resolve("header.mustache"), "<header/>");
    Files.createDirectory(theme.resolve("new"));
    Files.delete(Files.createDirectory(theme.resolve("gone")));
    Files.writeString(theme.resolve("page.mustache~"), "backup");
    Files.writeString(theme.resolve(".page.mustache.swp"), "swap");
    Path page = Files.writeString(theme.resolve("page.mustache"), "{{person.name}}");

    Path expected = page.toAbsolutePath();
    while (!nextBurst().contains(expected)) {
      // Keep waiting for the page's burst.
    }
    assertThat(all).allSatisfy(burst -> assertThat(burst).containsExactly(expected));
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
