package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.TextInput;
import dev.profilekit.spi.TreeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a Markdown page into the native format's tree and binds it with the native codecs. What
 * the writer marked is read back exactly; hand-written headings become sections with their text
 * as written, and the conventions (links, requirement groups) add typed data beside them.
 */
public final class DocumentReader {
  /** The top-level heading level the writer uses for sections. */
  public static final int SECTION_LEVEL = 2;
  public static final String LEVEL_EXTENSION = "x-markdown-level";
  /**
   * Extensions (as the model names them, without {@code x-}) that record how a page was laid
   * out rather than what it says; the reader adds them, so other writers need not report them.
   */
  public static final Set<String> LAYOUT_EXTENSIONS = Set.of(LEVEL_EXTENSION.substring(2));
  public static final String NAMESPACE = "profilekit";
  /** In the namespace: the front matter as the page wrote it ({@code syntax}, {@code text}). */
  public static final String FRONT_MATTER = "frontMatter";
  /** In the namespace: {@code false} when the person is not to be looked for in the page's text and links. */
  public static final String FIND_PERSON = "find-person";
  /** In the namespace: the language of the page's words when its front matter {@code lang} does not say it. */
  public static final String LANGUAGE = "lang";
  private static final Set<String> LINK_KEYS = Set.of("network", "username", "url");

  private DocumentReader() {}

  public static ReadResult read(Input input, ReadOptions options) {
    try {
      String text = TextInput.decode(input, options.limits());
      return read(input.name(), text, options);
    } catch (InputProblem problem) {
      return ReadResult.failed(List.of(problem.diagnostic()));
    }
  }

  public static ReadResult read(String file, String text, ReadOptions options) {
    return read(file, text, options, Outline.PIECE_CHARS);
  }

  /**
   * As {@link #read(String, String, ReadOptions)}, the outline parsed in pieces of about {@code
   * pieceChars} ({@link Outline#parse(SourceText, int, java.util.function.BiPredicate, int)}):
   * for tests that the pieces make no difference.
   */
  public static ReadResult read(String file, String text, ReadOptions options, int pieceChars) {
    try {
      String lineEnd = LineEnds.of(text);
      ReadResult result = new Run(new SourceText(file, LineEnds.normalise(text)), options, pieceChars).read();
      if (lineEnd.equals("\n") || result.profile().isEmpty()) {
        return result;
      }
      return ReadResult.of(
          result.profile().get().withLineEnd(lineEnd), result.diagnostics());
    } catch (InputProblem problem) {
      return ReadResult.failed(List.of(problem.diagnostic()));
    } catch (RuntimeException | StackOverflowError e) {
      return ReadResult.failed(
          List.of(
              Diagnostic.error("unreadable-markdown", "the Markdown could not be read: " + e.getClass().getSimpleName())
                  .withPosition(SourcePosition.of(file, 1, 1))));
    }
  }

  /** Where the text starting at {@code offset} really starts: after the blank lines. */
  static int firstTextOffset(SourceText source, int offset) {
    int at = offset;
    while (at < source.text().length() && source.text().charAt(at) == '\n') {
      at++;
    }
    return Math.min(at, Math.max(0, source.text().length() - 1));
  }

  private static final class Run {
    private final SourceText source;
    private final ReadOptions options;
    private final Limits limits;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final EntryReader entries;
    private final ClaimCollector claims;
    private int bodyStart;
    private HeadingMeanings meanings;
    private Node linksFromSections;
    private final Map<String, List<Node>> entriesFromSections = new LinkedHashMap<>();
    private final int pieceChars;

    Run(SourceText source, ReadOptions options, int pieceChars) {
      this.source = source;
      this.pieceChars = pieceChars;
      this.options = options;
      this.limits = options.limits();
      this.entries = new EntryReader(source, limits, diagnostics);
      this.claims = new ClaimCollector(source, entries);
    }

    ReadResult read() throws InputProblem {
      NestingCheck.check(source, limits);
      FrontMatter.Split split = FrontMatter.split(source, limits, diagnostics);
      bodyStart = split.bodyStart();

      SourcePosition start = source.position(0);
      Trees.MapBuilder root = new Trees.MapBuilder(start).put("schemaVersion", Trees.scalar(start, 1L));
      Trees.MapBuilder person = new Trees.MapBuilder(start);
      Map<String, Node.Member> kept = new LinkedHashMap<>();
      Trees.MapBuilder target = null;
      Node title = null;
      boolean answersPage = false;
      boolean findPerson = true;
      Optional<Node> headings = Optional.empty();
      Optional<String> language = Optional.empty();
      if (split.values().isPresent()) {
        Node.MapNode frontMatter = split.values().get();
        kept.putAll(frontMatter.members());
        Node namespace = member(frontMatter, NAMESPACE);
        if (namespace instanceof Node.MapNode ours) {
          Map<String, Node.Member> rest = new LinkedHashMap<>(ours.members());
          answersPage = text(member(ours, "document")).map("answers"::equals).orElse(false);
          headings = Optional.ofNullable(member(ours, "headings"));
          for (Node.Member member : ours.members().values()) {
            String key = member.key();
            if (key.equals("person") && member.value() instanceof Node.MapNode map) {
              person.putAll(map);
            } else if (key.equals("meta") || key.equals("translations") || key.equals("variants") || key.startsWith("x-")) {
              root.put(key, member.value());
            } else if (key.equals("target") && member.value() instanceof Node.MapNode map) {
              target = new Trees.MapBuilder(map.position()).putAll(map);
            } else if (key.equals(LANGUAGE) && member.value() instanceof Node.ScalarNode tag && tag.value() instanceof String) {
              language = Optional.of((String) tag.value());
            } else if (key.equals(FIND_PERSON)) {
              findPerson = !Boolean.FALSE.equals(member.value() instanceof Node.ScalarNode flag ? flag.value() : null);
            } else if (!key.equals("document")) {
              continue;
            }
            rest.remove(key);
          }
          replace(kept, NAMESPACE, rest.isEmpty() ? null : new Node.MapNode(ours.position(), rest));
        }
        title = stringMember(frontMatter, "title");
        if (title != null && answersPage) {
          kept.remove("title");
        }
        if (!person.has("name") && findPerson) {
          Node name = nameIn(frontMatter, "name");
          name = name != null ? name : nameIn(frontMatter, "author");
          if (name != null) {
            person.put("name", name);
          }
        }
        if (title != null && !answersPage && !person.has("name") && !PersonNames.isGeneric((String) ((Node.ScalarNode) title).value())) {
          kept.remove("title");
          person.put("name", title);
        }
        Node headline = stringMember(frontMatter, "headline");
        if (headline != null) {
          kept.remove("headline");
          person.put("label", headline);
        }
        Node links = member(frontMatter, "links");
        if (isLinkList(links)) {
          kept.remove("links");
          person.put("links", links);
        }
      }
      if (language.isEmpty() && split.values().isPresent() && member(split.values().get(), "lang") instanceof Node.ScalarNode tag
          && tag.value() instanceof String) {
        language = Optional.of((String) tag.value());
      }
      entries.words(PageLanguage.words(language));
      meanings = HeadingMeanings.of(headings, options.settings(), diagnostics);
      Outline.Page page = Outline.parse(source, bodyStart, this::adopts, pieceChars);

      String preamble = Outline.content(source, page.preamble().contentStart, page.preamble().end, bodyStart > 0);
      Node preambleNode = preamble.isBlank() ? null : Trees.scalar(source.position(firstTextOffset(page.preamble().contentStart)), preamble);

      Map<String, List<Node>> lists = new LinkedHashMap<>();
      List<Node> sections = new ArrayList<>();
      List<Node> groups = new ArrayList<>();
      for (Outline.Part part : page.parts()) {
        String kind = part.marker.map(Marker::kind).orElse("section");
        Optional<Layouts.Layout> layout = Layouts.byKey(kind);
        if (kind.equals("links")) {
          continue;
        } else if (kind.equals(Layouts.CONTACT.key())) {
          person.putAll(entries.read(Layouts.CONTACT, part));
        } else if (layout.isPresent()) {
          for (Outline.Part child : part.children) {
            lists.computeIfAbsent(kind, k -> new ArrayList<>()).add(entries.read(layout.get(), child));
            if (!child.children.isEmpty()) {
              diagnostics.add(
                  Diagnostic.warning("unplaced-text", "headings under an entry of " + layout.get().heading() + " have no place in the profile and were not read")
                      .withPosition(source.position(child.children.get(0).headingStart))
                      .withHint("move the text into the entry, or out of the " + layout.get().heading() + " heading"));
            }
          }
        } else if (kind.equals("claims")) {
          claims.add(ClaimItems.of(source, bodyStart, part.blocks()));
        } else if (kind.equals("group")) {
          groups.add(RequirementGroups.read(source, bodyStart, part, meanings, entries, claims));
        } else {
          if (part.marker.isEmpty() && meanings.isRequirementGroup(part)) {
            groups.add(RequirementGroups.read(source, bodyStart, part, meanings, entries, claims));
          }
          sections.add(section(part, SECTION_LEVEL));
        }
      }

      if (findPerson && !answersPage) {
        new PersonFinder(source, page, linksFromSections).find(split.values(), person, preamble);
      } else if (answersPage && !person.has("links") && linksFromSections != null) {
        person.put("links", linksFromSections);
      }
      FrontMatterKept.keep(split, kept, person.has("name"), source.position(0));
      if (!kept.isEmpty()) {
        root.put("frontMatter", new Node.MapNode(split.values().map(Node::position).orElse(start), kept));
      }

      if (answersPage) {
        if (target == null) {
          target = new Trees.MapBuilder(start);
        }
        if (title != null) {
          target.put("title", title);
        }
        if (preambleNode != null) {
          target.put("description", preambleNode);
        }
      } else if (preambleNode != null) {
        person.put("summary", preambleNode);
      }
      if (!groups.isEmpty() && target == null) {
        SourcePosition at = groups.get(0).position();
        String targetTitle = text(title).orElse("Answers");
        target = new Trees.MapBuilder(at)
            .put("id", Trees.scalar(at, Slugs.slug(targetTitle)))
            .put("title", title != null ? title : Trees.scalar(at, targetTitle));
      }
      if (target != null && !groups.isEmpty()) {
        target.put("groups", Trees.list(groups.get(0).position(), groups));
      }

      root.put("person", person.build());
      if (!sections.isEmpty()) {
        root.put("sections", Trees.list(sections.get(0).position(), sections));
      }
      entriesFromSections.forEach((key, items) -> lists.computeIfAbsent(key, k -> new ArrayList<>()).addAll(items));
      lists.forEach((key, items) -> {
        if (!key.equals("evidence") && !key.equals("targets")) {
          root.put(key, Trees.list(items.get(0).position(), items));
        }
      });
      List<Node> claimList = claims.claims();
      if (!claimList.isEmpty()) {
        root.put("claims", Trees.list(claimList.get(0).position(), claimList));
      }
      List<Node> evidence = new ArrayList<>(lists.getOrDefault("evidence", List.of()));
      evidence.addAll(claims.evidence());
      if (!evidence.isEmpty()) {
        root.put("evidence", Trees.list(evidence.get(0).position(), evidence));
      }
      List<Node> targets = new ArrayList<>(lists.getOrDefault("targets", List.of()));
      if (target != null) {
        targets.add(target.build());
      }
      if (!targets.isEmpty()) {
        root.put("targets", Trees.list(targets.get(0).position(), targets));
      }

      ReadResult bound = ModelTrees.readProfile(root.build(), options);
      List<Diagnostic> all = new ArrayList<>(diagnostics);
      all.addAll(bound.diagnostics());
      if (bound.profile().isEmpty() || all.stream().anyMatch(Diagnostic::isError)) {
        return ReadResult.failed(all);
      }
      return ReadResult.of(bound.profile().get(), all);
    }

    private Node section(Outline.Part part, int expectedLevel) {
      SourcePosition at = source.position(part.headingStart);
      Trees.MapBuilder section = new Trees.MapBuilder(at);
      section.put("title", Trees.scalar(source.position(part.titleStart), part.title));
      String body = Outline.content(source, part.contentStart, part.end);
      if (!body.isBlank()) {
        section.put("body", Trees.scalar(source.position(firstTextOffset(part.contentStart)), body));
      }
      if (part.level != expectedLevel) {
        section.put(LEVEL_EXTENSION, Trees.scalar(at, (long) part.level));
      }
      List<Node> children = new ArrayList<>();
      for (Outline.Part child : part.children) {
        children.add(section(child, part.level + 1));
      }
      if (!children.isEmpty()) {
        section.put("sections", Trees.list(children.get(0).position(), children));
      }
      part.marker.ifPresent(marker -> entries.hidden(marker, part.markerStart, section, "title"));
      if (part.marker.isEmpty()) {
        meanings.entries(part.title).ifPresent(layout -> {
          for (Outline.Part child : part.children) {
            entriesFromSections.computeIfAbsent(layout.key(), k -> new ArrayList<>()).add(entries.read(layout, child));
          }
        });
      }
      if (part.marker.isEmpty() && linksFromSections == null
          && meanings.of(part.title).map(HeadingMeanings.LINKS::equals).orElse(false)) {
        linksFromSections = LinkLists.read(source, bodyStart, part);
      }
      return section.build();
    }


    /** Whether {@code child} nests under {@code parent}: a heading read as links or entries does not adopt unrelated ones. */
    private boolean adopts(Outline.Part parent, Outline.Part child) {
      if (parent.marker.isPresent() && !parent.isMarked("section")) {
        return true;
      }
      Optional<String> meaning = meanings.of(parent.title);
      if (meaning.map(HeadingMeanings.LINKS::equals).orElse(false)) {
        return false;
      }
      return meaning.flatMap(Layouts::byKey).isEmpty() || child.marker.isPresent() || meanings.of(child.title).isEmpty();
    }

    private static Node nameIn(Node.MapNode frontMatter, String key) {
      Node value = stringMember(frontMatter, key);
      return value != null && !PersonNames.isGeneric((String) ((Node.ScalarNode) value).value())
          && !((String) ((Node.ScalarNode) value).value()).isBlank() ? value : null;
    }

    private int firstTextOffset(int offset) {
      return DocumentReader.firstTextOffset(source, offset);
    }

    private static void replace(Map<String, Node.Member> members, String key, Node value) {
      if (value == null) {
        members.remove(key);
      } else {
        members.put(key, new Node.Member(key, members.get(key).keyPosition(), value));
      }
    }

    private static Node member(Node.MapNode map, String key) {
      Node.Member member = map.members().get(key);
      return member == null ? null : member.value();
    }

    private static Node stringMember(Node.MapNode map, String key) {
      Node value = member(map, key);
      return value instanceof Node.ScalarNode scalar && scalar.value() instanceof String ? value : null;
    }

    private static Optional<String> text(Node node) {
      return node instanceof Node.ScalarNode scalar && scalar.value() instanceof String value
          ? Optional.of(value)
          : Optional.empty();
    }

    private static boolean isLinkList(Node node) {
      if (!(node instanceof Node.ListNode list) || list.items().isEmpty()) {
        return false;
      }
      for (Node item : list.items()) {
        if (!(item instanceof Node.MapNode map)) {
          return false;
        }
        for (Node.Member member : map.members().values()) {
          boolean text = member.value() instanceof Node.ScalarNode scalar && scalar.value() instanceof String;
          if (!member.key().startsWith("x-") && !(LINK_KEYS.contains(member.key()) && text)) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
