package dev.profilekit.render.markdown.internal;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.profilekit.render.internal.DeepStack;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A page's top-level blocks, parsed a piece at a time. flexmark holds every block of a document
 * until the whole document is parsed (about 1.4 KB per list item: a 2 MiB page of nested lists
 * ran a 256 MB heap out of memory); a page parsed in pieces of about {@code pieceChars} holds one
 * piece at a time.
 *
 * <p>A piece ends at a <em>cut</em>: a line where, in the parse of the piece, a new top-level
 * block starts after every earlier one has closed, a new item of a top-level list starts after
 * the item before it, or the same inside a top-level quote. Block parsing decides a line from the lines before it, so a cut found inside
 * a piece (never at its end) is one in the whole page too; from a cut on, the page parses as a page
 * of its own would (a list cut at an item goes on as a new list of the same kind). Only lines
 * that start in column 0 are cut at, and never where a paragraph's text might have been split
 * off the line before (after a reference definition, by a table): the parse of the page is then
 * the parse of its pieces, block for block, except that a top-level list or quote that was cut
 * arrives as several. A piece without a cut is parsed again twice as long, so each character is
 * parsed a bounded number of times.
 */
final class TopLevelBlocks {
  private TopLevelBlocks() {}

  /**
   * Gives {@code each} every top-level block of {@code page} ({@code text} as {@code parser}
   * reads it) in order, from the parse of the
   * piece it starts in (a top-level list cut at an item as one list per piece). A block is valid
   * only during the call: it is the next piece's garbage. Offsets count from {@code page}'s start.
   */
  static void read(Function<BasedSequence, Document> parser, String text, BasedSequence page, int pieceChars, Consumer<Node> each) {
    int length = page.length();
    int start = 0;
    while (start < length) {
      long size = Math.max(1, pieceChars);
      while (true) {
        int end = lineStartFrom(text, (int) Math.min(length, start + size));
        BasedSequence piece = page.subSequence(start, end);
        Document document = DeepStack.call(() -> parser.apply(piece));
        int cut = end == length ? length : lastCut(document, text, start);
        if (cut > start) {
          for (Node block = document.getFirstChild(); block != null && block.getStartOffset() < cut; block = block.getNext()) {
            cutOff(block, cut);
            each.accept(block);
          }
          start = cut;
          break;
        }
        size *= 2;
      }
    }
  }

  /** Takes out of a list or quote that was cut what starts at or after the cut: the next piece's. */
  private static void cutOff(Node block, int cut) {
    if (!(block instanceof ListBlock || block instanceof BlockQuote) || block.getEndOffset() <= cut) {
      return;
    }
    Node child = block.getLastChild();
    while (child != null && child.getStartOffset() >= cut) {
      Node previous = child.getPrevious();
      child.unlink();
      child = previous;
    }
    if (child != null) {
      cutOff(child, cut);
    }
  }

  /** The first line start at or after {@code offset} (or the end). */
  private static int lineStartFrom(String text, int offset) {
    if (offset >= text.length() || offset == 0 || text.charAt(offset - 1) == '\n') {
      return offset;
    }
    int newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length() : newline + 1;
  }

  /** The last cut in the piece from {@code start}, or {@code start} if it has none. */
  private static int lastCut(Document document, String text, int start) {
    for (Node block = document.getLastChild(); block != null; block = block.getPrevious()) {
      int inside = lastCutInside(block, text, start);
      if (inside > start) {
        return inside;
      }
      int at = block.getStartOffset();
      if (isCut(text, start, at) && (!mayBeSplitParagraph(block) || followsBlankLine(text, at))) {
        return at;
      }
    }
    return start;
  }

  /**
   * The last cut inside a top-level list (at one of its later items) or quote (at a later block
   * of it that cannot be a paragraph's rest, or a later item of a list in it), or {@code start}.
   * A quote's only state from line to line is which lines have its {@code >}, so a line that has
   * it goes on as a new quote would; nothing inside an item is cut at.
   */
  private static int lastCutInside(Node container, String text, int start) {
    if (container instanceof ListBlock list) {
      for (Node item = list.getLastChild(); item != null && item != list.getFirstChild(); item = item.getPrevious()) {
        int line = lineUnderQuoteMarkers(text, item.getStartOffset());
        // flexmark starts a new list for an item of another kind, so every item is of the list's.
        if (isCut(text, start, line)) {
          return line;
        }
      }
    } else if (container instanceof BlockQuote quote) {
      for (Node child = quote.getLastChild(); child != null; child = child.getPrevious()) {
        int inside = lastCutInside(child, text, start);
        if (inside > start) {
          return inside;
        }
        int line = lineUnderQuoteMarkers(text, child.getStartOffset());
        if (child != quote.getFirstChild() && !mayBeSplitParagraph(child) && isCut(text, start, line)) {
          return line;
        }
      }
    }
    return start;
  }

  /** The start of the line {@code offset} is on when only quote markers and spaces are before it there, else -1. */
  private static int lineUnderQuoteMarkers(String text, int offset) {
    int at = offset - 1;
    while (at >= 0 && text.charAt(at) != '\n') {
      char c = text.charAt(at);
      if (c != '>' && c != ' ' && c != '\t') {
        return -1;
      }
      at--;
    }
    return at + 1;
  }

  private static boolean isCut(String text, int start, int offset) {
    return offset > start && text.charAt(offset - 1) == '\n' && offset < text.length()
        && text.charAt(offset) != ' ' && text.charAt(offset) != '\t';
  }

  /**
   * Whether the block may be the rest of a paragraph whose first lines became something else: a
   * reference definition's, a table's, a setext heading's lines are a paragraph's to begin with.
   */
  private static boolean mayBeSplitParagraph(Node block) {
    return block instanceof Paragraph || block instanceof Reference || block instanceof TableBlock
        || block instanceof Heading heading && heading.isSetextHeading();
  }

  private static boolean followsBlankLine(String text, int lineStart) {
    for (int at = lineStart - 2; at >= 0 && text.charAt(at) != '\n'; at--) {
      if (text.charAt(at) != ' ' && text.charAt(at) != '\t') {
        return false;
      }
    }
    return true;
  }
}
