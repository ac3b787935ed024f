package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.testing.AllocationMeter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading YAML does work linear in its size whatever its shape, measured in bytes allocated (no clock). */
class LinearYamlWorkTest {
  private static final String PROFILE = "schemaVersion: 1\nperson:\n  name: Sam Quill\n";

  private static long workToRead(String text) {
    ReadResult[] result = new ReadResult[1];
    long bytes = AllocationMeter.bytesAllocatedBy(
        () -> result[0] = Profiles.read(Input.ofString("me.yaml", text), Optional.empty(), ReadOptions.defaults()));
    assertThat(result[0].hasErrors()).as("%s", result[0].diagnostics()).isFalse();
    return bytes;
  }

  @Test
  void aTwoMegabyteCommentLineWasCopiedOncePerKilobyteBySnakeyamlAndIsNowReadInLinearWork() {
    String text = PROFILE + "# " + "x".repeat(2 * 1024 * 1024) + "\n";

    assertThat(workToRead(text)).isLessThan(100L * text.length());
  }

  @Test
  void aLongSingleLineStringIsReadInLinearWorkToo() {
    String text = PROFILE + "  summary: \"" + "word ".repeat(200_000) + "\"\n";

    assertThat(workToRead(text)).isLessThan(100L * text.length());
  }

  @Test
  void doublingAManyLinedInputRoughlyDoublesTheWork() {
    StringBuilder small = new StringBuilder(PROFILE).append("# ").append("y".repeat(300_000)).append('\n');
    StringBuilder large = new StringBuilder(PROFILE).append("# ").append("y".repeat(600_000)).append('\n');
    workToRead(small.toString()); // warm up
    long once = workToRead(small.toString());
    long twice = workToRead(large.toString());

    assertThat(twice).isLessThan(4 * once);
  }
}
