package dev.profilekit.render.markdown.internal;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.spi.Node;
import java.util.ArrayList;
import java.util.List;

/** A section of links, the way about pages list them: {@code - [LinkedIn](https://…)}. */
final class LinkLists {
  private LinkLists() {}

  /** The links of a section that is nothing but a bullet list of {@code [Label](url)}. */
  static Node read(SourceText source, int bodyStart, Outline.Part part) {
    List<com.vladsch.flexmark.util.ast.Node> blocks = part.blocks();
    if (blocks.size() != 1 || !(blocks.get(0) instanceof BulletList list)) {
      return null;
    }
    List<Node> links = new ArrayList<>();
    for (var item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem) || !(item.getFirstChild() instanceof Paragraph paragraph)
          || paragraph.getNext() != null) {
        return null;
      }
      Link link = null;
      for (var inline = paragraph.getFirstChild(); inline != null; inline = inline.getNext()) {
        if (inline instanceof Link found && link == null) {
          link = found;
        } else if (!(inline instanceof SoftLineBreak || inline instanceof HardLineBreak
            || (inline instanceof Text text && text.getChars().isBlank()))) {
          return null;
        }
      }
      if (link == null) {
        return null;
      }
      SourcePosition at = source.position(bodyStart + link.getStartOffset());
      links.add(
          new Trees.MapBuilder(at)
              .put("network", Trees.scalar(at, Escaping.unescape(link.getText().toString())))
              .put("url", Trees.scalar(source.position(bodyStart + link.getUrl().getStartOffset()), link.getUrl().toString()))
              .build());
    }
    return links.isEmpty() ? null : Trees.list(links.get(0).position(), links);
  }
}
