package dev.profilekit.render.internal;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedOptionsHolder;
import com.vladsch.flexmark.util.sequence.BasedOptionsSequence;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's parser with the parts that do more than linear work on some input replaced: the
 * inline parser ({@link LinearInlineParser}), the heading and fenced code parsers ({@link
 * LinearHeadings}, {@link LinearFencedCode}) and the
 * joining of a long paragraph's lines ({@link LongParagraphs}), and the text of a paragraph in
 * several pieces (see {@link #parse}). Every place that parses Markdown parses it here.
 * Thread-safe.
 */
public final class LinearParser {
  private final Parser parser;

  private LinearParser(Parser parser) {
    this.parser = parser;
  }

  /** A parser with {@code options} (flexmark's defaults for headings); long paragraphs as {@code policy} says. */
  public static LinearParser build(DataHolder options, LongParagraphs.Policy policy) {
    MutableDataSet replaced = new MutableDataSet(options).set(Parser.HEADING_PARSER, false).set(Parser.FENCED_CODE_BLOCK_PARSER, false);
    return new LinearParser(
        Parser.builder(replaced.toImmutable())
            .customInlineParserFactory(LinearInlineParser.FACTORY)
            .customBlockParserFactory(new LinearHeadings(policy))
            .customBlockParserFactory(new LinearFencedCode(policy))
            .paragraphPreProcessorFactory(LongParagraphs.factory(policy))
            .build());
  }

  /**
   * The document {@code markdown} is. A paragraph whose lines are apart in the source (in a quote,
   * an item's later lines) is read through a sequence of pieces; flexmark's default kind keeps a
   * cache per sequence in a {@link ThreadLocal} of its own, so a page of 100,000 two-line list
   * items left 100,000 of them in the thread's map and every look-up slowed (160,000 items of a
   * quote: 75 s). The other kind flexmark offers maps each character once, in linear memory.
   */
  public Document parse(String markdown) {
    return parser.parse(BasedSequence.of(BasedOptionsSequence.of(markdown, BasedOptionsHolder.F_FULL_SEGMENTED_SEQUENCES)));
  }
}
