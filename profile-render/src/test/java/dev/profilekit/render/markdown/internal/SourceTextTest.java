package dev.profilekit.render.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.testing.AllocationMeter;
import org.junit.jupiter.api.Test;

/** The line index behind every Markdown diagnostic's file:line:col. */
class SourceTextTest {
  @Test
  void namesLinesAndColumnsOfEveryOffset() {
    SourceText source = new SourceText("page.md", "# A\n\nab\ncd");

    assertThat(source.position(0)).isEqualTo(SourcePosition.of("page.md", 1, 1));
    assertThat(source.position(4)).isEqualTo(SourcePosition.of("page.md", 2, 1));
    assertThat(source.position(6)).isEqualTo(SourcePosition.of("page.md", 3, 2));
    assertThat(source.position(9)).isEqualTo(SourcePosition.of("page.md", 4, 2));
    assertThat(source.nextLineStart(5)).isEqualTo(8);
    assertThat(source.nextLineStart(9)).isEqualTo(10);
  }

  /**
   * A 10 MiB page of blank lines ran the batch's 256 MB heap out of memory (issue 21): its index
   * was a growing list of boxed integers, about 30 bytes a line. An array takes 4.
   */
  @Test
  void indexesAPageOfBlankLinesInFourBytesALine() {
    String blankLines = "# Sam Quill\n" + "\n".repeat(1_000_000);

    long allocated = AllocationMeter.bytesAllocatedBy(() -> new SourceText("blank-lines.md", blankLines));

    assertThat(allocated).isLessThan(6L * 1_000_000);
    assertThat(new SourceText("blank-lines.md", blankLines).lineOf(blankLines.length())).isEqualTo(1_000_002);
  }
}
