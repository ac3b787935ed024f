package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Formats;
import org.junit.jupiter.api.Test;

class MarkdownFormatTest {
  @Test
  void registersTheMarkdownFormatForMdAndMarkdownFiles() {
    assertThat(Formats.standard().require("markdown").reader()).isPresent();
    assertThat(Formats.standard().require("markdown").writer()).isPresent();
    assertThat(Formats.standard().forFileName("site/about.md")).map(f -> f.id()).contains("markdown");
    assertThat(Formats.standard().forFileName("ABOUT.MARKDOWN")).map(f -> f.id()).contains("markdown");
  }
}
