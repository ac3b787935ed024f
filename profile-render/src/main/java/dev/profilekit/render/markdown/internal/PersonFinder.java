package dev.profilekit.render.markdown.internal;

import dev.profilekit.spi.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The person a hand-written page is about, from what it says: a name in its first paragraphs or
 * an H1, the profiles on known networks it links and its email, for what the front matter and
 * Profile Kit's namespace left unsaid. The page is only read.
 */
final class PersonFinder {
  private final SourceText source;
  private final Outline.Page page;
  private final Node linksFromSections;

  /** @param linksFromSections the links of a {@code Links} section, if the page has one */
  PersonFinder(SourceText source, Outline.Page page, Node linksFromSections) {
    this.source = source;
    this.page = page;
    this.linksFromSections = linksFromSections;
  }

  /** The person's name, profiles and email from what the page says, where nothing set them. */
  void find(Optional<Node.MapNode> frontMatter, Trees.MapBuilder person, String preamble) {
    if (!person.has("name")) {
      Optional<Node> said = Optional.empty();
      List<String> texts = new ArrayList<>();
      texts.add(preamble);
      if (!page.parts().isEmpty()) {
        Outline.Part first = page.parts().get(0);
        if (first.marker.isEmpty() || first.isMarked("section")) {
          texts.add(Outline.content(source, first.contentStart, first.end));
        }
      }
      for (int i = 0; i < texts.size() && said.isEmpty(); i++) {
        int at = i == 0 ? page.preamble().contentStart : page.parts().get(0).contentStart;
        said = PersonNames.saidIn(texts.get(i)).map(name -> Trees.scalar(source.position(DocumentReader.firstTextOffset(source, at)), name));
      }
      if (said.isEmpty()) {
        for (Outline.Part part : page.parts()) {
          if (part.level == 1 && (part.marker.isEmpty() || part.isMarked("section")) && PersonNames.isName(part.title)) {
            said = Optional.of(Trees.scalar(source.position(part.titleStart), Escaping.unescape(part.title)));
            break;
          }
        }
      }
      said.ifPresent(name -> person.put("name", name));
    }
    List<int[]> regions = new ArrayList<>();
    regions.add(new int[] {page.preamble().contentStart, page.preamble().end});
    for (Outline.Part part : page.parts()) {
      unmarked(part, regions);
    }
    boolean hasLinks = person.has("links");
    List<Node> known = new ArrayList<>();
    Set<String> urls = new java.util.HashSet<>();
    if (!hasLinks && linksFromSections instanceof Node.ListNode list) {
      for (Node link : list.items()) {
        known.add(link);
        ((Node.MapNode) link).members().values().stream()
            .filter(m -> m.key().equals("url")).forEach(m -> urls.add(PageLinks.key((String) ((Node.ScalarNode) m.value()).value())));
      }
    }
    PageLinks.Found found = PageLinks.find(source, frontMatter, regions, urls);
    if (!hasLinks) {
      known.addAll(found.links());
      if (!known.isEmpty()) {
        person.put("links", Trees.list(known.get(0).position(), known));
      }
    }
    if (!person.has("email")) {
      found.email().ifPresent(email -> person.put("email", email));
    }
  }

  /** The text of the page outside the writer's own lists (contact, links, entries, claims). */
  private static void unmarked(Outline.Part part, List<int[]> regions) {
    if (part.marker.isPresent() && !part.isMarked("section")) {
      return;
    }
    int childrenStart = part.children.isEmpty() ? part.end : part.children.get(0).headingStart;
    regions.add(new int[] {part.headingStart, childrenStart});
    for (Outline.Part child : part.children) {
      unmarked(child, regions);
    }
  }
}
