package dev.profilekit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SegmentedSequenceTree;
import dev.profilekit.model.testing.AllocationMeter;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * flexmark's block parser on long blocks, measured without a clock: paragraphs it asked for
 * again per line, bytes allocated, the kind of sequence a paragraph's text is read through.
 */
class LinearBlockWorkTest {
  private static final MutableDataSet TABLES = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
  private static final LinearParser OUTLINE = LinearParser.build(TABLES, LongParagraphs.Policy.JOIN_WITH_MARKERS);
  private static final LinearParser RENDERING = LinearParser.build(TABLES, LongParagraphs.Policy.REFUSE);

  /** A heading parser that counts how often it asks for the whole paragraph so far. */
  private static final class CountingHeadings implements CustomBlockParserFactory {
    private final Function<DataHolder, BlockParserFactory> headings;
    long paragraphsAskedFor;

    CountingHeadings(Function<DataHolder, BlockParserFactory> headings) {
      this.headings = headings;
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
      BlockParserFactory inner = headings.apply(options);
      return (ParserState state, MatchedBlockParser matched) -> inner.tryStart(state, new MatchedBlockParser() {
        @Override
        public BlockParser getBlockParser() {
          return matched.getBlockParser();
        }

        @Override
        public BasedSequence getParagraphContent() {
          paragraphsAskedFor++;
          return matched.getParagraphContent();
        }

        @Override
        public List<BasedSequence> getParagraphLines() {
          return matched.getParagraphLines();
        }

        @Override
        public List<Integer> getParagraphEolLengths() {
          return matched.getParagraphEolLengths();
        }

        @Override
        public MutableDataHolder getParagraphDataHolder() {
          return matched.getParagraphDataHolder();
        }
      });
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return new LinearHeadings(LongParagraphs.Policy.REFUSE).getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return new LinearHeadings(LongParagraphs.Policy.REFUSE).getBeforeDependents();
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }

  private static long paragraphsAskedFor(Function<DataHolder, BlockParserFactory> headings, String markdown) {
    CountingHeadings counting = new CountingHeadings(headings);
    MutableDataSet options = new MutableDataSet(TABLES).set(Parser.HEADING_PARSER, false);
    Parser.builder(options).customBlockParserFactory(counting).build().parse(markdown);
    return counting.paragraphsAskedFor;
  }

  static Stream<Arguments> linesNotStartingWithALetter() {
    return Stream.of(
        Arguments.of("table rows", "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(1_000)),
        Arguments.of("reference definitions", "[r]: https://example.org/r\n".repeat(1_000)),
        Arguments.of("numbers", "2024 talk\n".repeat(1_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("linesNotStartingWithALetter")
  void flexmarksHeadingParserAskedForTheParagraphSoFarOnEveryLineAndOursNever(String shape, String markdown) {
    assertThat(paragraphsAskedFor(options -> new HeadingParser.Factory().apply(options), markdown)).isGreaterThanOrEqualTo(1_000);
    assertThat(paragraphsAskedFor(options -> new LinearHeadings(LongParagraphs.Policy.REFUSE).apply(options), markdown)).isZero();
  }

  @Test
  void headingsAreFlexmarksOwn() {
    String markdown = "# One #\n\nTwo\nlines\n===\n\n> Three\n> ---\n\n- Four\n  -\n\n    # not a heading\n\n####### not one either\n";
    Parser stock = Parser.builder(TABLES).build();
    HtmlRenderer html = HtmlRenderer.builder(TABLES).build();

    assertThat(html.render(OUTLINE.parse(markdown))).isEqualTo(html.render(stock.parse(markdown)));
    assertThat(html.render(RENDERING.parse(markdown))).isEqualTo(html.render(stock.parse(markdown)));
  }

  static Stream<Arguments> paragraphsInPieces() {
    return Stream.of(
        Arguments.of("quote lines", "> a\n".repeat(20_000)),
        Arguments.of("indented lines", "a\n" + "  a\n".repeat(20_000)),
        Arguments.of("tab-indented lines", "a\n" + "\ta\n".repeat(20_000)),
        Arguments.of("an item's later lines", "- a\n" + "  a\n".repeat(20_000)),
        Arguments.of("a quote's underlined heading", "> a\n".repeat(20_000) + "> ---\n"),
        Arguments.of("fenced code in an item", "- a\n\n  ```\n" + "  code\n".repeat(20_000) + "  ```\n"),
        Arguments.of("fenced code in a quote", "> ```\n" + "> code\n".repeat(20_000) + "> ```\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paragraphsInPieces")
  void aBlockInManyPiecesCopiedEveryPieceSoFarPerPieceAndIsNowReadInLinearWork(String shape, String markdown) {
    OUTLINE.parse(markdown); // warm up

    // flexmark alone: 10,000 to 90,000 bytes per character (its builder grows by one piece at a time).
    assertThat(AllocationMeter.bytesAllocatedBy(() -> OUTLINE.parse(markdown))).isLessThan(2_000L * markdown.length());
  }

  @Test
  void longFencedCodeAtTheTopRendersAsFlexmarkRendersIt() {
    String markdown = "```java\n" + "  int x;\n\n".repeat(3_000) + "```\n\n- item\n\n  ```\n  code\n  ```\n";
    HtmlRenderer html = HtmlRenderer.builder(TABLES).build();

    assertThat(html.render(RENDERING.parse(markdown))).isEqualTo(html.render(Parser.builder(TABLES).build().parse(markdown)));
  }

  @Test
  void aLongIndentedParagraphRendersAsFlexmarkRendersIt() {
    String markdown = "first\n" + "  next *line*  \n".repeat(3_000) + "\nafter\n";
    HtmlRenderer html = HtmlRenderer.builder(TABLES).build();

    assertThat(html.render(RENDERING.parse(markdown))).isEqualTo(html.render(Parser.builder(TABLES).build().parse(markdown)));
  }

  @Test
  void aLongQuoteKeepsItsBlocksAndPositionsAndWhatFollowsIt() {
    String quote = "> a\n".repeat(3_000);
    String markdown = "# Before\n\n" + quote + "\n## After\n\n| a |\n|---|\n" + "| x |\n".repeat(2_000);

    Document document = OUTLINE.parse(markdown);

    Node quoteBlock = document.getFirstChild().getNext();
    assertThat(quoteBlock).isInstanceOf(BlockQuote.class);
    assertThat(quoteBlock.getFirstChild()).isInstanceOf(Paragraph.class);
    assertThat(quoteBlock.getEndOffset()).isEqualTo(10 + quote.length());
    Heading after = (Heading) quoteBlock.getNext();
    assertThat(after.getText().toString()).isEqualTo("After");
    assertThat(after.getStartOffset()).isEqualTo(markdown.indexOf("## After"));
    TableBlock table = (TableBlock) after.getNext();
    assertThat(table.getDescendants()).filteredOn(TableRow.class::isInstance).hasSize(2_002);
  }

  @Test
  void aLongQuoteIsRefusedWhereItsInlinesWouldBeRendered() {
    assertThatThrownBy(() -> RENDERING.parse("> a\n".repeat(LongParagraphs.MAX_SEPARATE_LINES + 2)))
        .isInstanceOfSatisfying(LongParagraphs.TooLong.class, tooLong -> assertThat(tooLong.lines()).isEqualTo(LongParagraphs.MAX_SEPARATE_LINES + 2));
    assertThat(RENDERING.parse("> a\n".repeat(LongParagraphs.MAX_SEPARATE_LINES)).getFirstChild()).isInstanceOf(BlockQuote.class);
    assertThatThrownBy(() -> RENDERING.parse("> ```\n" + "> code\n".repeat(LongParagraphs.MAX_SEPARATE_LINES + 1)))
        .isInstanceOf(LongParagraphs.TooLong.class);
    assertThat(RENDERING.parse("> ```\n" + "> code\n".repeat(LongParagraphs.MAX_SEPARATE_LINES - 1)).getFirstChild()).isInstanceOf(BlockQuote.class);
  }

  @Test
  void manyTwoLineItemsAreNotReadThroughAThreadLocalCacheEach() {
    // flexmark's default sequence kept a ThreadLocal per paragraph: 160,000 such items took 75 s.
    Document document = OUTLINE.parse("- a\n  b\n".repeat(100));

    BulletList list = (BulletList) document.getFirstChild();
    Paragraph paragraph = (Paragraph) list.getFirstChild().getFirstChild();
    assertThat((Object) paragraph.getContentChars()).isNotInstanceOf(SegmentedSequenceTree.class);
    assertThat(paragraph.getContentChars().toString()).isEqualTo("a\nb\n");
    Paragraph flexmarks = (Paragraph) Parser.builder(TABLES).build().parse("- a\n  b\n").getFirstChild().getFirstChild().getFirstChild();
    assertThat((Object) flexmarks.getContentChars()).isInstanceOf(SegmentedSequenceTree.class);
  }
}
