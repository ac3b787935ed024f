package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlays;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.spi.ModelTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a profile as a page: front matter for the site, the summary, narrative sections as
 * written, then every list of entries under its own heading. Blocks are separated by one blank
 * line, which the reader takes off again, so the page reads back to the same profile.
 */
public final class DocumentWriter {
  private static final Set<String> PERSON_SHOWN = Set.of("name", "label", "links", "summary");

  private final Profile profile;
  private final WriteOptions options;
  private final List<Diagnostic> losses = new ArrayList<>();
  private final List<String> blocks = new ArrayList<>();
  private final HeadingMeanings meanings;
  private final MarkdownWords words;
  private boolean linksShown;
  private boolean emailShown;
  /** Until a probe says otherwise, the name is shown by the title the writer adds. */
  private boolean nameShown = true;
  /** Whether the page text shows a name, links or an email the profile does not have. */
  private boolean textMisleads;
  private boolean answersShown;
  private final Set<String> entriesShown = new java.util.HashSet<>();
  private boolean plain;

  private DocumentWriter(Profile profile, WriteOptions options) {
    this.profile = profile;
    this.options = options;
    this.meanings = HeadingMeanings.of(profile.frontMatter(), options.settings());
    this.words = PageLanguage.forWriting(profile, options, losses);
  }

  public static WriteResult write(Profile profile, WriteOptions options) {
    // A page of answers is about one target; the profile's own page carries its overlays in the front matter.
    return options.target().isPresent()
        ? AnswersWriter.write(profile, options).withLoss(Overlays.notWritten(profile, "markdown"))
        : document(profile, options);
  }

  private static WriteResult document(Profile profile, WriteOptions options) {
    DocumentWriter writer = new DocumentWriter(profile, options);
    writer.findWhatSectionsShow();
    return WriteResult.of(LineEnds.restore(writer.page(), profile.lineEnd().orElse("\n")), writer.losses);
  }

  /**
   * Hand-written pages show links and answers in their own sections: when reading the sections
   * alone gives back the profile's links or answers, they are not written a second time.
   */
  private void findWhatSectionsShow() {
    if (profile.sections().stream().noneMatch(section -> couldShowSomething(section, meanings)) && !mayShowPerson()) {
      return;
    }
    DocumentWriter sectionsOnly = new DocumentWriter(profile, options);
    sectionsOnly.plain = true;
    String text = sectionsOnly.page();
    ReadOptions read = ReadOptions.builder().settings(options.settings()).build();
    DocumentReader.read("(sections)", text, read).profile().ifPresent(shown -> {
      var person = profile.person();
      linksShown = !shown.person().links().isEmpty() && shown.person().links().equals(person.links());
      emailShown = person.email().isPresent() && shown.person().email().equals(person.email());
      nameShown = person.name().isPresent() && shown.person().name().equals(person.name());
      textMisleads = (person.name().isEmpty() && shown.person().name().isPresent())
          || (person.links().isEmpty() && !shown.person().links().isEmpty())
          || (person.email().isEmpty() && shown.person().email().isPresent());
      answersShown = !shown.targets().isEmpty()
          && shown.targets().equals(profile.targets())
          && shown.claims().equals(profile.claims())
          && shown.evidence().equals(profile.evidence());
      Map<String, Object> shownTree = ModelTrees.write(shown);
      Map<String, Object> tree = ModelTrees.write(profile);
      for (Layouts.Layout layout : Layouts.ALL) {
        boolean partOfAnswers = layout.key().equals("evidence") || layout.key().equals("targets");
        if (!partOfAnswers && shownTree.get(layout.key()) != null && shownTree.get(layout.key()).equals(tree.get(layout.key()))) {
          entriesShown.add(layout.key());
        }
      }
    });
  }

  /** Whether the front matter, summary or sections could say the person's name, profiles or email. */
  private boolean mayShowPerson() {
    if (!profile.frontMatter().isEmpty() || profile.person().summary().isPresent()) {
      return true;
    }
    List<dev.profilekit.model.Section> sections = profile.sections();
    return (!sections.isEmpty() && PersonNames.saidIn(sections.get(0).body().orElse("")).isPresent())
        || sections.stream().anyMatch(DocumentWriter::mayShowPerson);
  }

  private static boolean mayShowPerson(dev.profilekit.model.Section section) {
    String body = section.body().orElse("");
    return body.contains("://") || body.contains("mailto:") || body.contains("@")
        || (section.extensions().get(DocumentReader.LEVEL_EXTENSION.substring(2)) instanceof Number level && level.intValue() == 1
            && PersonNames.isName(section.title()))
        || section.sections().stream().anyMatch(DocumentWriter::mayShowPerson);
  }

  private static boolean couldShowSomething(dev.profilekit.model.Section section, HeadingMeanings meanings) {
    return meanings.meansLinks(section.title())
        || meanings.couldMeanRequirements(section.title())
        || meanings.entries(section.title()).isPresent()
        || section.sections().stream().anyMatch(child -> couldShowSomething(child, meanings));
  }

  @SuppressWarnings("unchecked")
  private String page() {
    Map<String, Object> tree = ModelTrees.write(profile);
    Map<String, Object> person = (Map<String, Object>) tree.getOrDefault("person", Map.of());
    Map<String, Object> namespace = new LinkedHashMap<>();
    Map<String, Object> asWritten = Map.of();
    if (profile.frontMatter().get(DocumentReader.NAMESPACE) instanceof Map<?, ?> ours
        && ours.get(DocumentReader.FRONT_MATTER) instanceof Map<?, ?> written) {
      asWritten = (Map<String, Object>) written;
    }
    FrontMatterSyntax syntax = FrontMatterSyntax.byId(asWritten.get("syntax")).orElse(FrontMatterSyntax.YAML);
    Optional<String> writtenText = asWritten.get("text") instanceof String text ? Optional.of(text) : Optional.empty();
    Optional<Map<String, Object>> writtenValues = writtenText.flatMap(FrontMatterText::valuesOf);
    Map<String, Object> frontMatter = new LinkedHashMap<>();
    // The name becomes the title unless the page has a title of its own or had none at all.
    boolean titled = profile.frontMatter().containsKey("title") || writtenValues.map(v -> !v.containsKey("title")).orElse(false);
    if (!titled) {
      put(frontMatter, "title", person.get("name"));
    }
    if (!plain) {
      put(frontMatter, "headline", person.get("label"));
    }
    if (!linksShown && !plain) {
      put(frontMatter, "links", person.get("links"));
    }
    profile.frontMatter().forEach((key, value) -> {
      if (key.equals(DocumentReader.NAMESPACE) && value instanceof Map) {
        namespace.putAll((Map<String, Object>) value);
        namespace.remove(DocumentReader.FRONT_MATTER);
      } else if (frontMatter.containsKey(key)) {
        losses.add(loss("front-matter-clash", "the front matter key `" + key + "` is also written from the profile; the profile's value is kept", "$.frontMatter." + key));
      } else {
        frontMatter.put(key, value);
      }
    });
    Map<String, Object> contact = new LinkedHashMap<>(person);
    contact.keySet().removeAll(PERSON_SHOWN);
    if (emailShown && !textMisleads) {
      contact.remove("email");
    }
    Object summary = person.get("summary");
    if (summary instanceof String text && !MarkdownText.fitsBody(text)) {
      put(namespace, "person", new LinkedHashMap<>(Map.of("summary", text)));
      summary = null;
    }
    if (!plain) {
      if (person.get("name") != null && (!nameShown || (textMisleads && titled))) {
        Map<String, Object> hiddenPerson = new LinkedHashMap<>((Map<String, Object>) namespace.getOrDefault("person", Map.of()));
        hiddenPerson.put("name", person.get("name"));
        namespace.put("person", hiddenPerson);
      }
      if (textMisleads) {
        namespace.put(DocumentReader.FIND_PERSON, false);
      }
      put(namespace, "meta", tree.get("meta"));
      PageLanguage.toRecord(profile, options).ifPresent(tag -> namespace.put(DocumentReader.LANGUAGE, tag));
      // Translations and variants as the native format writes them; sites ignore the namespace.
      if (syntax == FrontMatterSyntax.TOML && (holdsNull(tree.get("translations")) || holdsNull(tree.get("variants")))) {
        losses.add(loss("overlays-not-written", "TOML has no null, by which a variant removes a field: the page is written"
            + " without its translations and variants; write YAML or JSON front matter, or yaml, to keep them", "$.variants"));
      } else {
        put(namespace, "translations", tree.get("translations"));
        put(namespace, "variants", tree.get("variants"));
      }
      tree.forEach((key, value) -> {
        if (key.startsWith("x-")) {
          namespace.put(key, value);
        }
      });
    }
    if (!namespace.isEmpty() && frontMatter.containsKey(DocumentReader.NAMESPACE)) {
      losses.add(loss("front-matter-clash", "the front matter key `profilekit` is not a mapping; Profile Kit's own keys replace it", "$.frontMatter.profilekit"));
    }
    put(frontMatter, DocumentReader.NAMESPACE, namespace.isEmpty() ? null : namespace);
    if (!plain) {
      // What the page itself shows is probed; --front-matter values are the user's word, not the page's.
      options.frontMatter().forEach((key, value) -> frontMatter.put(key, FrontMatterValues.scalar(value)));
    }
    if (!frontMatter.isEmpty() || writtenText.isPresent()) {
      String block = FrontMatterText.write(frontMatter, syntax, writtenText, why -> {
        if (!plain) {
          losses.add(loss("front-matter-rewritten", "the front matter changed and is written afresh, without its comments: " + why,
              "$.frontMatter.profilekit.frontMatter"));
        }
      });
      if (!block.isEmpty()) {
        blocks.add(block);
      }
    }
    if (plain && summary != null) {
      blocks.add((String) summary);
    }
    if (!plain) {
      if (summary != null) {
        blocks.add((String) summary);
      }
      blocks.addAll(EntryWriter.contact(contact, words));
      links(person.get("links"));
    }
    for (Object section : (List<Object>) tree.getOrDefault("sections", List.of())) {
      section((Map<String, Object>) section, DocumentReader.SECTION_LEVEL);
    }
    if (!plain) {
      for (Layouts.Layout layout : Layouts.ALL) {
        if (layout.key().equals("evidence")) {
          claims();
        }
        boolean shownAsAnswers = answersShown && (layout.key().equals("evidence") || layout.key().equals("targets"));
        if (!shownAsAnswers && !entriesShown.contains(layout.key())) {
          entries(layout, (List<Object>) tree.getOrDefault(layout.key(), List.of()));
        }
      }
    }
    return String.join("\n\n", blocks) + "\n";
  }

  @SuppressWarnings("unchecked")
  private void links(Object links) {
    if (linksShown || !(links instanceof List<?> list) || list.isEmpty()) {
      return;
    }
    StringBuilder items = new StringBuilder();
    for (Object item : list) {
      Map<String, Object> link = (Map<String, Object>) item;
      Object label = link.getOrDefault("network", link.getOrDefault("username", link.get("url")));
      String text = label == null ? words.word("link") : MarkdownText.preview(label.toString());
      Object url = link.get("url");
      items.append("- ").append(url == null ? text : "[" + text + "](<" + url.toString().replace(">", "%3E") + ">)").append('\n');
    }
    blocks.add("## " + words.word("links") + "\n" + Marker.write("links", Map.of()));
    blocks.add(items.toString().stripTrailing());
  }

  @SuppressWarnings("unchecked")
  private void section(Map<String, Object> section, int defaultLevel) {
    Map<String, Object> hidden = new LinkedHashMap<>();
    int level = defaultLevel;
    String title = (String) section.get("title");
    String heading = title;
    if (!MarkdownText.fitsSectionHeading(title)) {
      hidden.put("title", title);
      heading = MarkdownText.preview(title);
    }
    Object body = null;
    for (Map.Entry<String, Object> field : section.entrySet()) {
      String key = field.getKey();
      if (key.equals(DocumentReader.LEVEL_EXTENSION) && field.getValue() instanceof Long given) {
        level = given.intValue();
      } else if (key.equals("id") || key.startsWith("x-")) {
        hidden.put(key, field.getValue());
      } else if (key.equals("body")) {
        body = field.getValue();
      }
    }
    if (body instanceof String text && !MarkdownText.fitsBody(text)) {
      hidden.put("body", text);
      body = null;
    }
    if (level > 6) {
      losses.add(loss("too-deep", "Markdown has six heading levels; \"" + title + "\" is written at level 6", null));
      level = 6;
    }
    boolean mark = !hidden.isEmpty() || (!plain && hasMeaning(title));
    blocks.add("#".repeat(level) + " " + heading + (mark ? "\n" + Marker.write("section", hidden) : ""));
    if (body != null) {
      blocks.add((String) body);
    }
    for (Object child : (List<Object>) section.getOrDefault("sections", List.of())) {
      section((Map<String, Object>) child, level + 1);
    }
  }

  /** A title the reader would take for links or requirements, when it must stay narrative. */
  private boolean hasMeaning(String title) {
    return (!linksShown && meanings.meansLinks(title))
        || (!answersShown && meanings.couldMeanRequirements(title))
        || meanings.entries(title).filter(layout -> !entriesShown.contains(layout.key())).isPresent();
  }

  @SuppressWarnings("unchecked")
  private void entries(Layouts.Layout layout, List<Object> entries) {
    if (entries.isEmpty()) {
      return;
    }
    blocks.add("## " + words.heading(layout) + "\n" + Marker.write(layout.key(), Map.of()));
    for (Object entry : entries) {
      blocks.addAll(EntryWriter.write(layout, (Map<String, Object>) entry, 3, words));
    }
  }

  private void claims() {
    if (answersShown || profile.claims().isEmpty()) {
      return;
    }
    blocks.add("## " + words.word("claims") + "\n" + Marker.write("claims", Map.of()));
    blocks.add(ClaimsWriter.write(profile, profile.claims(), false));
  }

  private static boolean holdsNull(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.values().stream().anyMatch(v -> v == null || holdsNull(v));
    }
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(v -> v == null || holdsNull(v));
    }
    return false;
  }

  private static void put(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static Diagnostic loss(String code, String message, String path) {
    return Diagnostic.warning(code, message).withPath(path);
  }
}
