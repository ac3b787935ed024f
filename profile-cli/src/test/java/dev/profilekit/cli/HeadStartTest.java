package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadStartTest {
  @Test
  void warmsUpTheFormatTheCommandWillWrite() {
    assertThat(HeadStart.targetFormat(new String[] {"convert", "me.yaml", "--to", "html"})).hasValue("html");
    assertThat(HeadStart.targetFormat(new String[] {"convert", "me.yaml", "-o", "cv.resume.json"})).hasValue("jsonresume");
    assertThat(HeadStart.targetFormat(new String[] {"convert", "me.yaml", "--output", "about.md"})).hasValue("markdown");
    assertThat(HeadStart.targetFormat(new String[] {"validate", "me.yaml"})).isEqualTo(Optional.empty());
  }
}
