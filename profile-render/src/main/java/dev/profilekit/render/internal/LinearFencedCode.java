package dev.profilekit.render.internal;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's fenced code blocks, with the lines of a long one inside a quote or list handled as
 * {@link LongParagraphs} handles a paragraph's: flexmark joins a code block's lines when it closes
 * it, with the builder that copies every line so far per line (2 MB of code in a list item took
 * minutes). Up to {@link LongParagraphs#MAX_SEPARATE_LINES} separate lines a block is exactly
 * flexmark's; after that its lines take in the markers between them, or it is refused, as the
 * {@link LongParagraphs.Policy} says.
 */
final class LinearFencedCode implements CustomBlockParserFactory {
  // flexmark's own opening fence (FencedCodeBlockParser.OPENING_FENCE).
  private static final Pattern OPENING_FENCE = Pattern.compile("^`{3,}(?!.*`)|^~{3,}(?!.*~)");

  private final LongParagraphs.Policy policy;

  LinearFencedCode(LongParagraphs.Policy policy) {
    this.policy = policy;
  }

  /** The same place among the block parsers as flexmark's fenced code parser. */
  @Override
  public Set<Class<?>> getAfterDependents() {
    return Set.of(BlockQuoteParser.Factory.class, LinearHeadings.class);
  }

  @Override
  public Set<Class<?>> getBeforeDependents() {
    return Set.of(HtmlBlockParser.Factory.class, ThematicBreakParser.Factory.class, ListBlockParser.Factory.class,
        IndentedCodeBlockParser.Factory.class);
  }

  @Override
  public boolean affectsGlobalScope() {
    return false;
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    return new AbstractBlockParserFactory(options) {
      @Override
      public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
        if (state.getIndent() >= 4) {
          return BlockStart.none();
        }
        int nextNonSpace = state.getNextNonSpaceIndex();
        BasedSequence rest = state.getLine().subSequence(nextNonSpace, state.getLine().length());
        Matcher fence = OPENING_FENCE.matcher(rest);
        if (!fence.find()) {
          return BlockStart.none();
        }
        int fenceLength = fence.group(0).length();
        Lines parser = new Lines(state.getProperties(), fence.group(0).charAt(0), fenceLength, state.getIndent(), nextNonSpace, policy);
        ((FencedCodeBlock) parser.getBlock()).setOpeningMarker(rest.subSequence(0, fenceLength));
        return BlockStart.of(parser).atIndex(nextNonSpace + fenceLength);
      }
    };
  }

  /** flexmark's parser, given each line after the limit with what is between it and the one before. */
  private static final class Lines extends FencedCodeBlockParser {
    private final LongParagraphs.Policy policy;
    private int previousEnd = -1;
    private int separate;

    Lines(DataHolder options, char fenceChar, int fenceLength, int fenceIndent, int fenceMarkerIndent, LongParagraphs.Policy policy) {
      super(options, fenceChar, fenceLength, fenceIndent, fenceMarkerIndent);
      this.policy = policy;
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
      BasedSequence added = line;
      boolean apart = line.getStartOffset() != previousEnd || line.length() != line.getEndOffset() - line.getStartOffset();
      if (previousEnd >= 0 && apart && ++separate > LongParagraphs.MAX_SEPARATE_LINES) {
        if (policy == LongParagraphs.Policy.REFUSE) {
          throw new LongParagraphs.TooLong(separate + 1);
        }
        added = line.baseSubSequence(previousEnd, line.getEndOffset());
      }
      previousEnd = line.getEndOffset();
      super.addLine(state, added);
    }
  }
}
