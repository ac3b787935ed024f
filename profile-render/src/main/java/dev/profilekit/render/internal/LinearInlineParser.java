package dev.profilekit.render.internal;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, minus its quadratic step: for every entity, autolink, inline HTML
 * tag, code span or link label it matches, flexmark calls {@link Matcher#toMatchResult()},
 * which before JDK 20 copies the whole paragraph. A paragraph of a megabyte of {@code &amp;}
 * then copies a megabyte a few hundred thousand times. Here a match reads its bounds from the
 * matcher itself; what it returns is the same.
 */
public final class LinearInlineParser extends InlineParserImpl {
  /** Give this to {@code Parser.builder(...).customInlineParserFactory(...)}. */
  public static final InlineParserFactory FACTORY = LinearInlineParser::new;

  /**
   * A parser that leaves every paragraph's inlines unparsed, for a parse that reads only blocks:
   * a page's outline needs its headings, whose text the block parser sets, and a page of 300,000
   * list items otherwise built a text node for each one and parsed it for nothing.
   */
  public static final InlineParserFactory BLOCKS_ONLY = BlocksOnly::new;

  private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
  }

  @Override
  public BasedSequence match(Pattern re) {
    Matcher matcher = find(re);
    return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
  }

  @Override
  public BasedSequence[] matchWithGroups(Pattern re) {
    Matcher matcher = find(re);
    if (matcher == null) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
    groups[0] = input.subSequence(matcher.start(), matcher.end());
    for (int i = 1; i < groups.length; i++) {
      groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
    }
    return groups;
  }

  private Matcher find(Pattern re) {
    if (index >= input.length()) {
      return null;
    }
    Matcher matcher = re.matcher(input);
    matcher.region(index, input.length());
    if (!matcher.find()) {
      return null;
    }
    index = matcher.end();
    return matcher;
  }

  private static final class BlocksOnly extends InlineParserImpl {
    private BlocksOnly(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
        Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
        List<InlineParserExtensionFactory> inlineParserExtensions) {
      super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public void parse(BasedSequence content, com.vladsch.flexmark.util.ast.Node block) {
      // Nothing: the blocks are all this parse is for.
    }
  }
}
