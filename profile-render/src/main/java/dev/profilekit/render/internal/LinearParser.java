package dev.profilekit.render.internal;

import com.vladsch.flexmark.parser.InlineParserFactory;
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
    return build(options, policy, LinearInlineParser.FACTORY);
  }

  /**
   * As {@link #build}, for a parse that reads only blocks: paragraphs keep their text, unparsed
   * ({@link LinearInlineParser#BLOCKS_ONLY}).
   */
  public static LinearParser buildBlocksOnly(DataHolder options, LongParagraphs.Policy policy) {
    return build(options, policy, LinearInlineParser.BLOCKS_ONLY);
  }

  private static LinearParser build(DataHolder options, LongParagraphs.Policy policy, InlineParserFactory inlines) {
    MutableDataSet replaced = new MutableDataSet(options).set(Parser.HEADING_PARSER, false).set(Parser.FENCED_CODE_BLOCK_PARSER, false);
    return new LinearParser(
        Parser.builder(replaced.toImmutable())
            .customInlineParserFactory(inlines)
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
    return parse(sequence(markdown));
  }

  /**
   * {@code markdown} as this parser reads it, for parsing in parts ({@link #parse(BasedSequence)}
   * of its {@code subSequence}s).
   */
  public static BasedSequence sequence(String markdown) {
    return BasedSequence.of(BasedOptionsSequence.of(markdown, BasedOptionsHolder.F_FULL_SEGMENTED_SEQUENCES));
  }

  /**
   * The document {@code markdown} is, where {@code markdown} is a whole {@link #sequence} or a
   * part of one starting at a line: the nodes' offsets count from the start of the whole.
   */
  public Document parse(BasedSequence markdown) {
    return parser.parse(markdown);
  }
}
