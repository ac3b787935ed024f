package dev.profilekit.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.SourceMap;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shortcut for plain prose must give exactly what flexmark and the sanitizer give. */
class PlainProseTest {
  private static final String ALPHABET =
      "abcXYZ019 .,;:?!\"'()/%$+=@-{}^\n\n\n"
          + "\\`*_[]<>&#|~\t\r"
          + "éüß中—–“”‘’…\u00a0\u2028\u200b\u00ad©€"
          + "２Ａｶ\ufe63\ufef0\uff0d";

  private final MarkdownHtml markdown = new MarkdownHtml();

  @Test
  void equalsTheFullPathOnRandomText() {
    Random random = new Random(20261123);
    int plain = 0;
    for (int n = 0; n < 20_000; n++) {
      String text = randomText(random);
      String shortcut = PlainProse.toHtml(text);
      if (shortcut == null) {
        continue;
      }
      plain++;
      Losses losses = new Losses(SourceMap.empty());
      assertThat(markdown.block(text, 2, "$.x", losses))
          .as("block of %s", quoted(text))
          .isEqualTo(markdown.parsedBlock(text, 2, "$.x", losses));
      assertThat(markdown.inline(text, "$.x", losses))
          .as("inline of %s", quoted(text))
          .isEqualTo(markdown.parsedInline(text, "$.x", losses));
      assertThat(losses.list()).isEmpty();
    }
    // Proves the comparison above ran on many texts, not on none.
    assertThat(plain).isGreaterThan(2_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Led the team.", "Shipped 3 releases; cut costs by 20% (see \"report\").",
        "First line\nsecond line\n\nNew paragraph", "2019 was a good year", "Café — “naïve” résumé…",
        "a=b+c @home it's", "\n\nLeading blank lines\n\n\n"
      })
  void takesCommonProse(String text) {
    assertThat(PlainProse.toHtml(text)).isNotNull();
    Losses losses = new Losses(SourceMap.empty());
    assertThat(PlainProse.toHtml(text)).isEqualTo(markdown.parsedBlock(text, 2, "$.x", losses));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1. a list", "2) another", "- item", "# Heading", "Title\n===", "Title\n---", "    code",
        "*emphasis*", "a_b", "`code`", "[link](http://x)", "<b>html</b>", "&amp;", "a | b",
        "trailing space ", " leading space", "hard  \nbreak", "back\\slash", "tab\there", "cr\r\nlf",
        "~~strike~~", "!image", ""
      })
  void leavesAnythingThatCouldBeSyntaxToTheParser(String text) {
    assertThat(PlainProse.toHtml(text)).isNull();
  }

  private static String randomText(Random random) {
    int length = 1 + random.nextInt(random.nextBoolean() ? 12 : 80);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      // Mostly letters and spaces, so that many texts are plain and the comparison means something.
      text.append(random.nextInt(3) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : (char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "\"";
  }
}
