package dev.profilekit.render.internal;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's heading parser, minus its quadratic step: on every line of a paragraph that does not
 * start with a letter (a table row, a reference definition, a line starting with a digit or a
 * bracket) flexmark's own asks for the whole paragraph so far as one sequence, only to see
 * whether there is a paragraph (a setext underline needs one). A 50,000-row table rebuilt that
 * sequence 50,000 times. Here the paragraph is looked at only when the line is an underline;
 * what is parsed is the same, with flexmark's default heading options (the only ones used here).
 */
final class LinearHeadings implements CustomBlockParserFactory {
  private final LongParagraphs.Policy policy;

  /** A setext heading's paragraph is joined as {@link LongParagraphs} joins a paragraph's lines. */
  LinearHeadings(LongParagraphs.Policy policy) {
    this.policy = policy;
  }

  // flexmark's own patterns for its default options (HeadingParser.HeadingParsing).
  private static final Pattern ATX_HEADING = Pattern.compile("^#{1,6}(?:[ \t]+|$)");
  private static final Pattern ATX_TRAILING = Pattern.compile("(^| |\t)[ \t]*#+[ \t]*$");
  private static final Pattern SETEXT_HEADING = Pattern.compile("^(?:=+|-+)[ \t]*$");

  /** The same place among the block parsers as flexmark's heading parser. */
  @Override
  public Set<Class<?>> getAfterDependents() {
    return Set.of(BlockQuoteParser.Factory.class);
  }

  @Override
  public Set<Class<?>> getBeforeDependents() {
    return Set.of(
        LinearFencedCode.class,
        HtmlBlockParser.Factory.class,
        ThematicBreakParser.Factory.class,
        ListBlockParser.Factory.class,
        IndentedCodeBlockParser.Factory.class);
  }

  @Override
  public boolean affectsGlobalScope() {
    return false;
  }

  @Override
  public BlockParserFactory apply(DataHolder options) {
    return new Starts(options, policy);
  }

  private static final class Starts extends AbstractBlockParserFactory {
    private final LongParagraphs.Policy policy;

    Starts(DataHolder options, LongParagraphs.Policy policy) {
      super(options);
      this.policy = policy;
    }

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      if (state.getIndent() >= 4 || state.getActiveBlockParser() instanceof FencedCodeBlockParser) {
        return BlockStart.none();
      }
      BasedSequence line = state.getLine();
      BasedSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
      Matcher atx = ATX_HEADING.matcher(rest);
      if (atx.find()) {
        BasedSequence openingMarker = rest.subSequence(atx.start(), atx.end()).trim();
        BasedSequence text = rest.subSequence(atx.end());
        BasedSequence closingMarker = null;
        Matcher trailing = ATX_TRAILING.matcher(text);
        if (trailing.find()) {
          closingMarker = text.subSequence(trailing.start(), trailing.end()).trim();
          text = text.subSequence(0, trailing.start());
        }
        HeadingParser parser = new HeadingParser(openingMarker.length());
        Heading heading = (Heading) parser.getBlock();
        heading.setOpeningMarker(openingMarker);
        heading.setText(text.trim());
        heading.setClosingMarker(closingMarker);
        heading.setCharsFromContent();
        return BlockStart.of(parser).atIndex(line.length());
      }
      // The one change: the paragraph is needed only under an underline, and then only once.
      if (!SETEXT_HEADING.matcher(rest).find() || matched.getParagraphLines() == null) {
        return BlockStart.none();
      }
      int level = rest.charAt(0) == '=' ? 1 : 2;
      BlockContent content = new BlockContent();
      content.addAll(LongParagraphs.joined(matched.getParagraphLines(), policy), matched.getParagraphEolLengths());
      HeadingParser parser = new HeadingParser(level);
      Heading heading = (Heading) parser.getBlock();
      heading.setText(content.getContents().trim());
      heading.setClosingMarker(line.trim());
      heading.setCharsFromContent();
      return BlockStart.of(parser).atIndex(line.length()).replaceActiveBlockParser();
    }
  }
}
