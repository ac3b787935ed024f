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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A page's headings as a tree of parts, each with the source text under it as written. flexmark
 * finds the headings (so a {@code #} inside a code block is not one); the text between them is
 * sliced from the source, never re-rendered.
 */
public final class Outline {
  /**
   * The page's blocks: its headings and lists and their source positions. The only inlines read
   * are those of a top-level list item's first paragraph (a list of links), never those of a
   * paragraph inside a quote or of an item's later lines, so a long one may keep its markers.
   */
  private static final LinearParser PARSER =
      LinearParser.build(
          new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create())), LongParagraphs.Policy.JOIN_WITH_MARKERS);

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
    public final List<Node> blocks = new ArrayList<>();

    Part(int level, String title, int headingStart, int titleStart, Optional<Marker> marker, int markerStart, int contentStart) {
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
  }

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
  public static Page parse(SourceText source, int bodyStart, java.util.function.BiPredicate<Part, Part> adopts) {
    String text = source.text();
    Document document = DeepStack.call(() -> PARSER.parse(text.substring(bodyStart)));
    Part preamble = new Part(0, "", bodyStart, bodyStart, Optional.empty(), -1, bodyStart);
    List<Part> roots = new ArrayList<>();
    Deque<Part> open = new ArrayDeque<>();
    Part current = preamble;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
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
        current.blocks.add(block);
      }
    }
    current.end = text.length();
    return new Page(preamble, roots);
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
