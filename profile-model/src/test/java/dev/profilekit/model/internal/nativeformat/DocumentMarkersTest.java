package dev.profilekit.model.internal.nativeformat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DocumentMarkersTest {
  /** What detection used before the scan: the scan must agree with it on every input. */
  private static final Pattern REFERENCE = Pattern.compile("(?m)^---[ \\t]*$");

  @Test
  void frontMatterHasTwoMarkers() {
    assertThat(NativeFormat.hasTwoDocumentMarkers("---\ntitle: x\n---\nbody\n")).isTrue();
    assertThat(NativeFormat.hasTwoDocumentMarkers("---\r\ntitle: x\r\n--- \t\r\n")).isTrue();
    assertThat(NativeFormat.hasTwoDocumentMarkers("---\rtitle: x\r---\rbody")).isTrue();
  }

  @Test
  void oneMarkerOrMarkersInsideLinesAreNotFrontMatter() {
    assertThat(NativeFormat.hasTwoDocumentMarkers("---\nname: x\n")).isFalse();
    assertThat(NativeFormat.hasTwoDocumentMarkers("a---\n ---\n----x\n")).isFalse();
    assertThat(NativeFormat.hasTwoDocumentMarkers("")).isFalse();
  }

  @Test
  void agreesWithTheMultiLineRegexOnRandomText() {
    Random random = new Random(20261202);
    char[] alphabet = {'-', '-', '-', ' ', '\t', '\n', '\r', '\u2028', '\u0085', 'a'};
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String input = text.toString();
      boolean expected = REFERENCE.matcher(input).results().limit(2).count() == 2;
      assertThat(NativeFormat.hasTwoDocumentMarkers(input))
          .as("%s", input.replace("\n", "\\n").replace("\r", "\\r"))
          .isEqualTo(expected);
    }
  }
}
