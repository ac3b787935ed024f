package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ConvertWatchTest {
  @Test
  void aWatchedDirectoryStartsRebuildsForItsProfilesButNotForTheOutputsWrittenInsideIt() {
    Path profiles = Path.of("profiles").toAbsolutePath();
    Predicate<Path> relevant = ConvertWatch.profilesOutside(Path.of("profiles/out"));

    assertThat(relevant.test(profiles.resolve("sam.yaml"))).isTrue();
    assertThat(relevant.test(profiles.resolve("team/ada.resume.json"))).isTrue();
    assertThat(relevant.test(profiles.resolve("out/sam.json"))).isFalse();
    assertThat(relevant.test(profiles.resolve("notes.txt"))).isFalse();
    assertThat(relevant.test(profiles.resolve(".sam.yaml.swp"))).isFalse();
    assertThat(relevant.test(profiles.resolve("outline.md"))).as("a sibling whose name starts like the output").isTrue();
  }
}
