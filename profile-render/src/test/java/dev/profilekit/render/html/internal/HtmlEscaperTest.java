package dev.profilekit.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.samskivert.mustache.Escapers;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlEscaperTest {
  @Test
  void escapesExactlyAsJMustacheDoes() {
    Random random = new Random(7);
    String alphabet = "ab &'\"<>`=é\n;#x";
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(HtmlEscaper.INSTANCE.escape(text.toString()))
          .isEqualTo(Escapers.HTML.escape(text.toString()));
    }
  }

  @Test
  void leavesTextWithoutSpecialCharactersAsItIs() {
    String text = "Plain text, nothing to escape.";
    assertThat(HtmlEscaper.INSTANCE.escape(text)).isSameAs(text);
  }
}
