package dev.profilekit.model.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathsTest {
  @Test
  void stepsReadBackWhatKeyAndIndexWrite() {
    String path = Paths.index(Paths.key(Paths.key(Paths.key(Paths.ROOT, "work"), "it's odd.key"), "ends in\\"), 2);

    assertThat(Paths.steps(path)).isEqualTo(List.of("work", "it's odd.key", "ends in\\", 2));
  }

  @Test
  void stepsStopAtWhatTheyCannotRead() {
    assertThat(Paths.steps("$.work[x].name")).isEqualTo(List.of("work"));
    assertThat(Paths.steps("work")).isEmpty();
  }
}
