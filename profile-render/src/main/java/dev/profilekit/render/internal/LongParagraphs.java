package dev.profilekit.render.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps flexmark's work on a long paragraph linear. flexmark joins a paragraph's lines into one
 * sequence (to parse its inlines, for a setext heading's text) with a builder that grows its
 * array by one segment at a time, so a paragraph of n lines that are not next to each other in
 * the source costs n² copies: 80,000 lines of a block quote ({@code > a}) took seconds, 80,000
 * indented lines more than a minute. Lines are apart when something between them is not part of
 * the paragraph (a quote's {@code >}, a list item's indentation) or when flexmark gave a line
 * its indentation as spaces of its own rather than the source's.
 *
 * <p>Lines whose indentation flexmark made up are given the source's spaces instead, which are
 * the same characters, so most paragraphs become one run of source text with nothing else
 * changed. This is done only to a paragraph in more than {@link #MAX_SEPARATE_LINES} pieces,
 * so every other paragraph is exactly flexmark's; one still in more pieces after it is handled
 * by the {@link Policy}.
 */
public final class LongParagraphs {
  /** More pieces than this in one paragraph and the {@link Policy} decides. */
  public static final int MAX_SEPARATE_LINES = 1_000;

  /** What to do with a paragraph of more than {@link #MAX_SEPARATE_LINES} separate lines. */
  public enum Policy {
    /**
     * Take the text between the lines into them (a {@code >}, an item's indentation), so the
     * paragraph is one run of source text. Its blocks and positions are flexmark's; its inline
     * text then holds those markers. For a parse that reads only the page's outline, the
     * top-level headings and lists, never the inlines of a paragraph inside a quote or an item.
     */
    JOIN_WITH_MARKERS,
    /** Throw {@link TooLong}: for a parse whose inlines are rendered. */
    REFUSE
  }

  /** A paragraph of more than {@link #MAX_SEPARATE_LINES} separate lines under {@link Policy#REFUSE}. */
  public static final class TooLong extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int lines;

    TooLong(int lines) {
      super("a block of " + lines + " lines inside a quote or list (or indented with tabs)", null, false, false);
      this.lines = lines;
    }

    /** The paragraph's lines. */
    public int lines() {
      return lines;
    }
  }

  private LongParagraphs() {}

  /**
   * For {@code Parser.builder(...).paragraphPreProcessorFactory(...)}; it runs before
   * flexmark's own (reference definitions, tables), so they see the joined lines too.
   */
  public static ParagraphPreProcessorFactory factory(Policy policy) {
    return new ParagraphPreProcessorFactory() {
      @Override
      public ParagraphPreProcessor apply(ParserState state) {
        return (paragraph, parserState) -> {
          List<BasedSequence> lines = paragraph.getContentLines();
          List<BasedSequence> joined = joined(lines, policy);
          if (joined != lines) {
            paragraph.setContentLines(joined);
          }
          return 0;
        };
      }

      @Override
      public Set<Class<?>> getAfterDependents() {
        return null;
      }

      @Override
      public Set<Class<?>> getBeforeDependents() {
        return Set.of(ReferencePreProcessorFactory.class);
      }

      @Override
      public boolean affectsGlobalScope() {
        return false;
      }
    };
  }

  /**
   * {@code lines} as flexmark has them when they are in at most {@link #MAX_SEPARATE_LINES}
   * pieces (every paragraph a person writes), else with the source's own indentation, else as
   * the {@link Policy} says.
   */
  public static List<BasedSequence> joined(List<BasedSequence> lines, Policy policy) {
    if (separateLines(lines) <= MAX_SEPARATE_LINES) {
      return lines;
    }
    List<BasedSequence> own = new ArrayList<>(lines.size());
    for (BasedSequence line : lines) {
      own.add(withSourceIndentation(line));
    }
    if (separateLines(own) <= MAX_SEPARATE_LINES) {
      return own;
    }
    if (policy == Policy.REFUSE) {
      throw new TooLong(lines.size());
    }
    List<BasedSequence> withMarkers = new ArrayList<>(own.size());
    withMarkers.add(own.get(0));
    for (int i = 1; i < own.size(); i++) {
      withMarkers.add(own.get(i).baseSubSequence(own.get(i - 1).getEndOffset(), own.get(i).getEndOffset()));
    }
    return withMarkers;
  }

  /** How many lines do not start where the one before ends: the pieces flexmark's builder adds one by one. */
  private static int separateLines(List<BasedSequence> lines) {
    int separate = 0;
    for (int i = 1; i < lines.size(); i++) {
      BasedSequence line = lines.get(i);
      if (lines.get(i - 1).getEndOffset() != line.getStartOffset() || line.length() != line.getEndOffset() - line.getStartOffset()) {
        separate++;
      }
    }
    return separate;
  }

  /**
   * The line with the source's characters in place of leading spaces flexmark added (it gives an
   * indented paragraph line its indentation as spaces outside the source), when the source has
   * exactly those spaces there; else the line itself.
   */
  private static BasedSequence withSourceIndentation(BasedSequence line) {
    int start = line.getStartOffset();
    int added = line.length() - (line.getEndOffset() - start);
    if (added <= 0 || added > start) {
      return line;
    }
    BasedSequence base = line.getBaseSequence();
    for (int i = 0; i < added; i++) {
      if (line.charAt(i) != ' ' || base.charAt(start - added + i) != ' ') {
        return line;
      }
    }
    BasedSequence own = line.baseSubSequence(start - added, line.getEndOffset());
    return own.length() == line.length() ? own : line;
  }
}
