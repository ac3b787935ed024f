package dev.profilekit.model.internal.tree;

import dev.profilekit.spi.InputProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text handed over as a string reads exactly as its UTF-8 bytes would, problems included. */
class TextDecoderTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "name: Ada\n", "emoji: \uD83D\uDE80 ok",
        "\uFEFFname: with a byte-order mark", "nul: \u0000 inside", "", "crlf: yes\r\nnext: line\r\n"
      })
  void aStringReadsAsItsBytes(String text) {
    Limits limits = Limits.defaults();
    assertThat(outcome(Input.ofString("t.yaml", text), limits))
        .isEqualTo(outcome(Input.ofBytes("t.yaml", text.getBytes(StandardCharsets.UTF_8)), limits));
  }

  /** Its UTF-8 bytes would turn the half character into "?": refused instead, with its place. */
  @ParameterizedTest
  @ValueSource(strings = {"lone: \uD83D end", "low first: \uDE80\uD83D", "ends high \uD83D", "a\nb: \uDC00"})
  void aStringWithHalfASurrogatePairIsRefusedWithItsPosition(String text) {
    String outcome = outcome(Input.ofString("t.yaml", text), Limits.defaults());
    assertThat(outcome).startsWith("problem:").contains("code=lone-surrogate").contains("position=t.yaml:");
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 10, 11, 30})
  void theSizeLimitHoldsForStringsToo(int maxBytes) {
    Limits limits = Limits.builder().from(Limits.defaults()).maxInputBytes(maxBytes).build();
    String text = "name: Zoë Ö";
    assertThat(outcome(Input.ofString("t.yaml", text), limits))
        .isEqualTo(outcome(Input.ofBytes("t.yaml", text.getBytes(StandardCharsets.UTF_8)), limits));
  }

  private static String outcome(Input input, Limits limits) {
    try {
      return "text:" + TextDecoder.decode(input, limits);
    } catch (InputProblem problem) {
      return "problem:" + problem.diagnostic();
    }
  }
}
