package dev.profilekit.render.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapingTest {
  private static final String ALPHABET = "ab 1.)-+=*_`[]()<>&!|~#\\:\"'é日\t";

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void unescapesExactlyWhatItEscaped(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      assertThat(Escaping.unescape(Escaping.escape(text.toString()))).isEqualTo(text.toString());
    }
  }

  @Test
  void escapesWhatWouldStartAListOrAQuote() {
    assertThat(Escaping.escape("- dash")).isEqualTo("\\- dash");
    assertThat(Escaping.escape("2019. A year")).isEqualTo("2019\\. A year");
    assertThat(Escaping.escape("> not a quote")).isEqualTo("\\> not a quote");
    assertThat(Escaping.escape("*Eve* [x](y)")).isEqualTo("\\*Eve\\* \\[x\\](y)");
  }
}
