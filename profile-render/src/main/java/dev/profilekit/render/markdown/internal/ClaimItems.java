package dev.profilekit.render.markdown.internal;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bullets as claims and their nested bullets as evidence: the text of each item exactly as
 * written (placeholders and all), without its bullet and indentation, and its marker if any.
 */
final class ClaimItems {
  /** One bullet: its text, where the text starts, its marker, and its nested bullets. */
  record Item(String text, int offset, Optional<Marker> marker, List<Item> nested) {}

  private ClaimItems() {}

  /** The items of the lists among {@code blocks}; {@code base} is the offset blocks count from. */
  static List<Item> of(SourceText source, int base, List<Node> blocks) {
    return of(source, base, blocks, false);
  }

  /**
   * The answers among {@code blocks}: the items of their lists and, since people answer in prose
   * as often as in bullets, each paragraph too (the text before the bullets, or the whole answer).
   */
  static List<Item> answers(SourceText source, int base, List<Node> blocks) {
    return of(source, base, blocks, true);
  }

  private static List<Item> of(SourceText source, int base, List<Node> blocks, boolean prose) {
    List<Item> items = new ArrayList<>();
    for (Node block : blocks) {
      if (prose && block instanceof Paragraph paragraph) {
        items.add(paragraph(source, base, paragraph));
      } else if (block instanceof ListBlock list) {
        for (Node child = list.getFirstChild(); child != null; child = child.getNext()) {
          if (child instanceof ListItem item) {
            items.add(item(source, base, item, false));
          }
        }
      }
    }
    return items;
  }

  private static Item paragraph(SourceText source, int base, Paragraph paragraph) {
    int start = base + paragraph.getStartOffset();
    String text = dedent(source, start, base + paragraph.getEndOffset()).strip();
    Optional<Marker.Trailing> trailing = Marker.trailing(text);
    return trailing.isPresent()
        ? new Item(trailing.get().text(), start, Optional.of(trailing.get().marker()), List.of())
        : new Item(text, start, Optional.empty(), List.of());
  }

  private static Item item(SourceText source, int base, ListItem item, boolean whole) {
    int contentStart = base + item.getOpeningMarker().getEndOffset();
    Node first = item.getFirstChild();
    if (first != null) {
      contentStart = base + first.getStartOffset();
    } else {
      while (contentStart < source.text().length() && source.text().charAt(contentStart) == ' ') {
        contentStart++;
      }
    }
    int end = base + item.getEndOffset();
    List<Item> nested = new ArrayList<>();
    if (!whole) {
      for (Node child = first; child != null; child = child.getNext()) {
        if (child instanceof ListBlock list) {
          end = Math.min(end, base + list.getStartOffset());
          for (Node grandChild = list.getFirstChild(); grandChild != null; grandChild = grandChild.getNext()) {
            if (grandChild instanceof ListItem nestedItem) {
              nested.add(item(source, base, nestedItem, true));
            }
          }
        }
      }
    }
    end = Math.max(end, contentStart);
    String text = dedent(source, contentStart, end).stripTrailing();
    Optional<Marker.Trailing> trailing = Marker.trailing(text);
    if (trailing.isPresent()) {
      return new Item(trailing.get().text(), contentStart, Optional.of(trailing.get().marker()), nested);
    }
    return new Item(text, contentStart, Optional.empty(), nested);
  }

  /** The text from {@code start} to {@code end}, later lines without the item's indentation. */
  private static String dedent(SourceText source, int start, int end) {
    String text = source.text();
    int lineStart = text.lastIndexOf('\n', start - 1) + 1;
    int indent = start - lineStart;
    String[] lines = text.substring(start, end).split("\n", -1);
    StringBuilder out = new StringBuilder(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int strip = 0;
      while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
        strip++;
      }
      out.append('\n').append(line.substring(strip));
    }
    return out.toString();
  }
}
