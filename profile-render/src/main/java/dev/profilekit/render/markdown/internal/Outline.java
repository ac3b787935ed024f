package dev.profilekit.render.markdown.internal;

import dev.profilekit.render.internal.DeepStack;
import dev.profilekit.render.internal.LinearParser;
import dev.profilekit.render.internal.LongParagraphs;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A page's headings as a tree of parts, each with the source text under it as written. flexmark
 * finds the headings (so a {@code #} inside a code block is not one); the text between them is
 * sliced from the source, never re-rendered.
 */
public final class Outline {
  private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
  /**
   * The page's blocks: its headings and lists and their source positions. The only inlines read
   * are those of a top-level list item's first paragraph (a list of links), never those of a
   * paragraph inside a quote or of an item's later lines, so a long one may keep its markers.
   */
  private static final LinearParser PARSER = LinearParser.build(OPTIONS, LongParagraphs.Policy.JOIN_WITH_MARKERS);
  /** The same blocks without their inlines: for the headings of a page parsed in pieces. */
  private static final LinearParser HEADINGS = LinearParser.buildBlocksOnly(OPTIONS, LongParagraphs.Policy.JOIN_WITH_MARKERS);
  /**
   * A page longer than this is parsed in pieces of about this length ({@link TopLevelBlocks}); a
   * part's blocks are then parsed when asked for. Every page a person writes is parsed at once.
   */
  public static final int PIECE_CHARS = 64 * 1024;

  /** The text before the first heading, and the top-level parts. */
  public record Page(Part preamble, List<Part> parts) {}

  /** A heading and what follows it up to the next heading. */
  public static final class Part {
    public final int level;
    public final String title;
    public final int headingStart;
    public final int titleStart;
    public final Optional<Marker> marker;
    public final int markerStart;
    public final int contentStart;
    public int end;
    public final List<Part> children = new ArrayList<>();
    /** The blocks from the parse of the whole page, or null when the page was parsed in pieces. */
    private final List<Node> parsedBlocks;
    private final Body body;
    /** In a page parsed in pieces: where the line of the part's first block starts, or -1. */
    private int firstBlockLine = -1;

    Part(Body body, int level, String title, int headingStart, int titleStart, Optional<Marker> marker, int markerStart, int contentStart) {
      this.body = body;
      this.parsedBlocks = body.inPieces ? null : new ArrayList<>();
      this.level = level;
      this.title = title;
      this.headingStart = headingStart;
      this.titleStart = titleStart;
      this.marker = marker;
      this.markerStart = markerStart;
      this.contentStart = contentStart;
    }

    public boolean isMarked(String kind) {
      return marker.isPresent() && marker.get().kind().equals(kind);
    }

    /**
     * The top-level blocks from {@link #contentStart} to the next heading, offsets counted from
     * the body's start. In a page parsed in pieces they are parsed now, from the line of the
     * first one to the line of the next heading: after a heading (and its marker line) and
     * before one every block of the page is closed, so they are the whole page's blocks.
     */
    public List<Node> blocks() {
      if (parsedBlocks != null) {
        return parsedBlocks;
      }
      if (firstBlockLine < 0) {
        return List.of();
      }
      int regionEnd = end >= body.source.text().length() ? end : body.source.text().lastIndexOf('\n', end - 1) + 1;
      BasedSequence region = body.page.subSequence(firstBlockLine - body.start, Math.max(firstBlockLine, regionEnd) - body.start);
      Document document = DeepStack.call(() -> PARSER.parse(region));
      List<Node> blocks = new ArrayList<>();
      for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
        blocks.add(block);
      }
      return blocks;
    }

    private void add(Node block) {
      if (parsedBlocks != null) {
        parsedBlocks.add(block);
      } else if (firstBlockLine < 0) {
        int offset = body.start + block.getStartOffset();
        firstBlockLine = body.source.text().lastIndexOf('\n', offset - 1) + 1;
      }
    }
  }

  /** The page's body as parsed, for a part's blocks parsed later. */
  private record Body(SourceText source, int start, BasedSequence page, boolean inPieces) {}

  private Outline() {}

  static Document parseBlocks(String markdown) {
    return DeepStack.call(() -> PARSER.parse(markdown));
  }

  /** Parses the Markdown from {@code bodyStart} to the end of {@code source}. */
  public static Page parse(SourceText source, int bodyStart) {
    return parse(source, bodyStart, (parent, child) -> true);
  }

  /**
   * As {@link #parse(SourceText, int)}; a heading nests under an earlier one of a higher level
   * only where {@code adopts} agrees, else under the next one up that does (or at the top).
   */
  public static Page parse(SourceText source, int bodyStart, BiPredicate<Part, Part> adopts) {
    return parse(source, bodyStart, adopts, PIECE_CHARS);
  }

  /** As {@link #parse(SourceText, int, BiPredicate)}, in pieces of about {@code pieceChars} if the body is longer. */
  public static Page parse(SourceText source, int bodyStart, BiPredicate<Part, Part> adopts, int pieceChars) {
    String bodyText = source.text().substring(bodyStart);
    Body body = new Body(source, bodyStart, LinearParser.sequence(bodyText), bodyText.length() > pieceChars);
    Parts parts = new Parts(body, adopts);
    if (body.inPieces()) {
      TopLevelBlocks.read(HEADINGS::parse, bodyText, body.page(), pieceChars, parts::add);
    } else {
      Document document = DeepStack.call(() -> PARSER.parse(body.page()));
      for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
        parts.add(block);
      }
    }
    return parts.page();
  }

  /** The parts as the page's top-level blocks arrive. */
  private static final class Parts {
    private final Body body;
    private final SourceText source;
    private final String text;
    private final int bodyStart;
    private final BiPredicate<Part, Part> adopts;
    private final Part preamble;
    private final List<Part> roots = new ArrayList<>();
    private final Deque<Part> open = new ArrayDeque<>();
    private Part current;

    Parts(Body body, BiPredicate<Part, Part> adopts) {
      this.body = body;
      this.source = body.source();
      this.text = source.text();
      this.bodyStart = body.start();
      this.adopts = adopts;
      this.preamble = new Part(body, 0, "", bodyStart, bodyStart, Optional.empty(), -1, bodyStart);
      this.current = preamble;
    }

    void add(Node block) {
      if (block instanceof Heading heading) {
        current.end = bodyStart + heading.getStartOffset();
        int headingStart = bodyStart + heading.getStartOffset();
        int afterHeading = source.nextLineStart(Math.max(headingStart, bodyStart + heading.getEndOffset() - 1));
        Optional<Marker> marker = Optional.empty();
        int markerStart = -1;
        int contentStart = afterHeading;
        if (afterHeading < text.length()) {
          int lineEnd = source.nextLineStart(afterHeading);
          marker = Marker.ofLine(text.substring(afterHeading, lineEnd));
          if (marker.isPresent()) {
            markerStart = afterHeading;
            contentStart = lineEnd;
          }
        }
        Part part =
            new Part(
                body,
                heading.getLevel(),
                heading.getText().toString().strip(),
                headingStart,
                bodyStart + heading.getText().getStartOffset(),
                marker,
                markerStart,
                contentStart);
        while (!open.isEmpty() && (open.peek().level >= part.level || !canHold(open.peek(), part) || !adopts.test(open.peek(), part))) {
          open.pop();
        }
        if (open.isEmpty()) {
          roots.add(part);
        } else {
          open.peek().children.add(part);
        }
        open.push(part);
        current = part;
      } else if (bodyStart + block.getStartOffset() >= current.contentStart) {
        current.add(block);
      }
    }

    Page page() {
      current.end = text.length();
      return new Page(preamble, roots);
    }
  }

  /**
   * Whether {@code child} nests under {@code parent}: the writer's lists of links, contact details
   * and claims, and its entries, hold no headings; its lists of entries hold only entries.
   */
  private static boolean canHold(Part parent, Part child) {
    if (child.marker.map(Marker::kind).filter(Outline::isTopLevel).isPresent()) {
      return false;
    }
    if (parent.marker.isEmpty()) {
      return true;
    }
    String kind = parent.marker.get().kind();
    if (Layouts.byKey(kind).isPresent()) {
      return child.marker.isEmpty() || child.isMarked("entry");
    }
    return kind.equals("section") || kind.equals("group");
  }

  /** The writer's own top-level headings: links, contact details, claims and lists of entries. */
  private static boolean isTopLevel(String kind) {
    return Layouts.byKey(kind).isPresent() || kind.equals("links") || kind.equals("contact") || kind.equals("claims");
  }

  /**
   * The text a part holds as written. The writer puts one blank line after a heading and after
   * each text, so exactly those are taken off again; any other whitespace belongs to the text.
   */
  public static String content(SourceText source, int start, int end) {
    return content(source, start, end, true);
  }

  /** As {@link #content(SourceText, int, int)}; {@code separated} is false at the very start of a page. */
  public static String content(SourceText source, int start, int end, boolean separated) {
    String region = source.text().substring(start, end);
    if (separated && region.startsWith("\n")) {
      region = region.substring(1);
    }
    if (end >= source.text().length()) {
      return region.endsWith("\n") ? region.substring(0, region.length() - 1) : region;
    }
    if (region.endsWith("\n\n")) {
      return region.substring(0, region.length() - 2);
    }
    return region.endsWith("\n") ? region.substring(0, region.length() - 1) : region;
  }
}
