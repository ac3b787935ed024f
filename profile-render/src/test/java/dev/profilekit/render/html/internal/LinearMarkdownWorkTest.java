package dev.profilekit.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.SourceMap;
import dev.profilekit.model.testing.AllocationMeter;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown fields render in work linear in their size, measured in bytes allocated (no clock):
 * flexmark's inline parser copied the whole paragraph once per entity, autolink, inline HTML
 * tag or link label; fields too long for flexmark are shown as plain text with a warning.
 */
class LinearMarkdownWorkTest {
  private final MarkdownHtml markdown = new MarkdownHtml();

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("entities", (IntFunction<String>) n -> "&amp;".repeat(n / 5)),
        Arguments.of("autolinks", (IntFunction<String>) n -> "<https://example.org/a> ".repeat(n / 24)),
        Arguments.of("inline HTML", (IntFunction<String>) n -> "<b>".repeat(n / 3)),
        Arguments.of("link labels", (IntFunction<String>) n -> "[a]".repeat(n / 3)),
        Arguments.of("backtick runs", (IntFunction<String>) n -> "`` x ".repeat(n / 5)));
  }

  private long work(String text) {
    Losses losses = new Losses(SourceMap.empty());
    return AllocationMeter.bytesAllocatedBy(() -> markdown.block(text, 2, "$.person.summary", losses));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void aFieldJustUnderTheLimitCopiedItsParagraphPerConstructAndNowRendersInLinearWork(String shape, IntFunction<String> make) {
    String text = make.apply(MarkdownHtml.MAX_MARKDOWN_CHARS - 100);
    work(text); // warm up

    assertThat(work(text)).isLessThan(2_000L * text.length());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void aFieldOverTheLimitIsPlainTextWithAWarningAndLinearWork(String shape, IntFunction<String> make) {
    String text = make.apply(1024 * 1024);
    Losses losses = new Losses(SourceMap.empty());

    long bytes = AllocationMeter.bytesAllocatedBy(() -> markdown.block(text, 2, "$.person.summary", losses));

    assertThat(bytes).isLessThan(100L * text.length());
    assertThat(losses.list()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("markdown-too-long"));
  }

  @org.junit.jupiter.api.Test
  void aFieldWithAQuoteOfManyLinesCopiedEveryLineSoFarPerLineAndIsNowPlainTextWithAWarning() {
    String text = "> a\n".repeat(8_000);
    work(text); // warm up
    Losses losses = new Losses(SourceMap.empty());

    long bytes = AllocationMeter.bytesAllocatedBy(() -> markdown.block(text, 2, "$.person.summary", losses));

    // flexmark's builder grew by one line at a time: about 10,000 bytes per character here.
    assertThat(bytes).isLessThan(500L * text.length());
    assertThat(losses.list()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("markdown-too-long");
      assertThat(d.message()).contains("8000 lines inside a quote or list");
    });
    assertThat(markdown.block("> a\n".repeat(3), 2, "$.person.summary", new Losses(SourceMap.empty()))).contains("<blockquote>");
  }
}
