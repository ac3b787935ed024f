package dev.profilekit.render.posting;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Severity;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.target.TargetReadResult;
import dev.profilekit.model.target.TargetReader;
import dev.profilekit.render.posting.internal.HtmlPostingText;
import dev.profilekit.render.posting.internal.Microdata;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.JsonPath;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.PostingDraft;
import dev.profilekit.spi.ReadContext;
import dev.profilekit.spi.TextInput;
import dev.profilekit.spi.TreeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a job posting from a saved web page, the way careers pages and job boards publish them
 * for search engines: the schema.org {@code JobPosting} in a {@code <script
 * type="application/ld+json">} block (also inside an array or an {@code @graph}), else in
 * microdata ({@code itemscope itemtype="https://schema.org/JobPosting"}). It maps:
 * <ul>
 *   <li>{@code title}; {@code hiringOrganization} (its {@code name}) → organisation; {@code url};
 *       {@code datePosted} → date; {@code responsibilities} → responsibilities;
 *   <li>{@code description} (HTML): each list under a heading (or a bold or colon-ended line)
 *       becomes a requirement group as in a Markdown posting; the rest is the description, as
 *       plain text;
 *   <li>{@code qualifications}, {@code skills}, {@code experienceRequirements} and
 *       {@code educationRequirements} → required groups "Qualifications", "Skills", "Experience",
 *       "Education" (text, HTML lists, or schema.org objects, read by their name or description);
 *   <li>every other property ({@code employmentType}, {@code jobLocation}, {@code baseSalary}…) is
 *       kept as an extension; only the JSON-LD plumbing {@code @context}, {@code @type} and
 *       {@code @id} is dropped.
 * </ul>
 * A page with neither is read by its headings and lists (title from its {@code h1}, else its
 * {@code <title>}), with a warning saying so. Ids are made as for every posting. Thread-safe.
 */
public final class HtmlPostingReader implements TargetReader {
  private static final String JOB_POSTING = "JobPosting";
  /** The properties whose words stand for a schema.org thing, first found first. */
  private static final List<String> NAME_KEYS =
      List.of("name", "description", "credentialCategory", "educationalLevel", "monthsOfExperience");
  private static final Map<String, String> REQUIREMENT_GROUPS = new LinkedHashMap<>();

  static {
    REQUIREMENT_GROUPS.put("qualifications", "Qualifications");
    REQUIREMENT_GROUPS.put("skills", "Skills");
    REQUIREMENT_GROUPS.put("experienceRequirements", "Experience");
    REQUIREMENT_GROUPS.put("educationRequirements", "Education");
  }

  /** Creates a reader; it keeps no state between postings, so one may be shared by threads. */
  public HtmlPostingReader() {}

  @Override
  public TargetReadResult read(Input input, ReadOptions options) {
    ReadContext context = new ReadContext(options.limits().maxDiagnostics());
    String text;
    try {
      text = TextInput.decode(input, options.limits());
    } catch (InputProblem problem) {
      return TargetReadResult.failed(List.of(problem.diagnostic()));
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document page = Jsoup.parse(text, "", parser);
    SourcePosition start = SourcePosition.of(input.name(), 1, 1);
    List<Found> postings = new ArrayList<>();
    List<InputProblem> broken = jsonLd(page, input.name(), options, context, postings);
    if (postings.isEmpty()) {
      for (Element scope : page.select("[itemscope][itemtype]")) {
        if (scope.attr("itemtype").strip().endsWith("schema.org/" + JOB_POSTING)) {
          postings.add(new Found(Microdata.properties(scope, tooDeep -> context.warning("microdata-too-deep",
              "microdata nested deeper than this is read as plain text or left out", JsonPath.ROOT,
              position(input.name(), tooDeep), "flatten the page's nested itemscope elements")), position(input.name(), scope)));
        }
      }
    }
    if (postings.isEmpty() && !broken.isEmpty()) {
      // A broken block may well have been the posting: reading headings instead would mislead.
      return TargetReadResult.failed(broken.stream().map(InputProblem::diagnostic).toList());
    }
    for (InputProblem problem : broken) {
      Diagnostic error = problem.diagnostic();
      context.add(Diagnostic.builder().from(error).severity(Severity.WARNING).code("bad-json-ld")
          .message("a JSON-LD block is skipped: " + error.message())
          .hint("the page's JobPosting is read from its other blocks").build());
    }
    PostingDraft draft = new PostingDraft();
    if (postings.isEmpty()) {
      context.warning("no-job-posting", "the page has no schema.org JobPosting (JSON-LD or microdata); read its headings and lists instead",
          JsonPath.ROOT, start, "check the result: a page's navigation and footer may have been read as requirements");
      Element body = page.body();
      Optional<Element> h1 = Optional.ofNullable(body.selectFirst("h1"));
      draft.title = h1.map(Element::text).filter(t -> !t.isBlank()).orElse(page.title().strip());
      h1.ifPresent(Element::remove);
      HtmlPostingText.read(body, draft);
    } else {
      if (postings.size() > 1) {
        context.warning("several-job-postings", "the page has " + postings.size() + " JobPostings; the first is read",
            JsonPath.ROOT, postings.get(1).at(), "save the page of the one posting you answer");
      }
      fill(postings.get(0), draft, context);
    }
    if (draft.title == null || draft.title.isBlank()) {
      context.error("missing-title", "the posting has no title", JsonPath.ROOT, postings.isEmpty() ? start : postings.get(0).at(),
          "give the JobPosting a `title`");
    }
    if (context.hasErrors()) {
      return TargetReadResult.failed(context.diagnostics());
    }
    return TargetReadResult.of(draft.toTarget(), context.diagnostics());
  }

  /** A JobPosting's properties as plain values, and where it starts. */
  private record Found(Map<String, Object> properties, SourcePosition at) {}

  /** Collects the JobPostings of every JSON-LD block; returns the problems of the blocks that cannot be parsed. */
  private static List<InputProblem> jsonLd(Document page, String name, ReadOptions options, ReadContext context, List<Found> into) {
    List<InputProblem> broken = new ArrayList<>();
    for (Element script : page.select("script[type]")) {
      if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
        continue;
      }
      SourcePosition at = position(name, script);
      try {
        Object value = ModelTrees.readPlain(
            TreeText.parse(TreeText.Syntax.JSON, options.limits(), name, script.data(), at.line() - 1), JsonPath.ROOT, context);
        collect(value, at, into);
      } catch (InputProblem problem) {
        broken.add(problem);
      }
    }
    return broken;
  }

  /** JobPostings anywhere in a JSON-LD value: itself, an array of them, or its {@code @graph}. */
  private static void collect(Object value, SourcePosition at, List<Found> into) {
    if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, at, into));
    } else if (value instanceof Map<?, ?> map) {
      if (isJobPosting(map.get("@type"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) map;
        into.add(new Found(properties, at));
      } else if (map.get("@graph") != null) {
        collect(map.get("@graph"), at, into);
      }
    }
  }

  private static boolean isJobPosting(Object type) {
    if (type instanceof List<?> types) {
      return types.stream().anyMatch(HtmlPostingReader::isJobPosting);
    }
    return type instanceof String text && (text.equals(JOB_POSTING) || text.endsWith("schema.org/" + JOB_POSTING));
  }

  private static void fill(Found posting, PostingDraft draft, ReadContext context) {
    List<String> requirementKeys = new ArrayList<>(REQUIREMENT_GROUPS.keySet());
    for (Map.Entry<String, Object> property : posting.properties().entrySet()) {
      String key = property.getKey();
      Object value = property.getValue();
      switch (key) {
        case "@context", "@type", "@id" -> { }
        case "title" -> draft.title = text(value).orElse(null);
        case "hiringOrganization" -> {
          draft.organization = name(value).orElse(null);
          keepIfMore(key, value, draft);
        }
        case "url" -> draft.url = text(value).orElse(null);
        case "datePosted" -> text(value).ifPresent(date -> date(date, draft, context, posting.at()));
        case "description" -> text(value).ifPresent(html -> HtmlPostingText.read(Jsoup.parseBodyFragment(unescaped(html)).body(), draft));
        case "responsibilities" -> draft.responsibilities.addAll(items(value));
        default -> {
          if (!requirementKeys.contains(key)) {
            draft.extensions.put(key, value);
          }
        }
      }
    }
    for (String key : requirementKeys) {
      Object value = posting.properties().get(key);
      if (value != null) {
        List<String> items = items(value);
        if (items.isEmpty()) {
          draft.extensions.put(key, value);
        } else {
          keepIfMore(key, value, draft);
          draft.groups.add(new PostingDraft.Group(Optional.of(REQUIREMENT_GROUPS.get(key)), dev.profilekit.model.Priority.REQUIRED, items));
        }
      }
    }
  }

  /**
   * A schema.org object says more than the one name read from it (an organisation's {@code sameAs},
   * a credential's {@code competencyRequired}): then the whole object is kept as an extension too.
   */
  private static void keepIfMore(String key, Object value, PostingDraft draft) {
    if (value instanceof Map<?, ?> map) {
      Optional<String> used = NAME_KEYS.stream().filter(k -> map.get(k) != null).findFirst();
      if (map.keySet().stream().anyMatch(k -> !k.toString().startsWith("@") && !used.map(k::equals).orElse(false))) {
        draft.extensions.put(key, value);
      }
    } else if (value instanceof List<?> list && list.stream().anyMatch(item -> item instanceof Map<?, ?>)) {
      draft.extensions.put(key, value);
    }
  }

  private static void date(String value, PostingDraft draft, ReadContext context, SourcePosition at) {
    // schema.org dates may carry a time: 2026-11-20T09:00:00Z is the 20th.
    String day = value.strip().length() > 10 && value.charAt(10) == 'T' ? value.strip().substring(0, 10) : value.strip();
    Optional<PartialDate> date = PartialDate.tryParse(day);
    if (date.isPresent()) {
      draft.date = date.get();
    } else {
      context.warning("bad-date", "datePosted `" + value + "` is not a date; kept as the extension `datePosted`",
          "$.datePosted", at, null);
      draft.extensions.put("datePosted", value);
    }
  }

  /** Requirement texts from a property: a list of them, HTML with list items, or text lines. */
  private static List<String> items(Object value) {
    List<String> items = new ArrayList<>();
    if (value instanceof List<?> list) {
      list.forEach(item -> items.addAll(items(item)));
      return items;
    }
    if (value instanceof Map<?, ?>) {
      name(value).ifPresent(items::add);
      return items;
    }
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return items;
    }
    Element fragment = Jsoup.parseBodyFragment(unescaped(text.get())).body();
    if (!fragment.select("li").isEmpty()) {
      return HtmlPostingText.listItems(fragment);
    }
    for (String line : fragment.wholeText().split("\\n")) {
      String item = line.strip().replaceFirst("^[-*•–]\\s+", "");
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }

  /** Some boards escape the description's HTML twice ({@code &lt;li&gt;}): undo the outer escaping. */
  private static String unescaped(String html) {
    return html.indexOf('<') < 0 && html.contains("&lt;") ? Parser.unescapeEntities(html, false) : html;
  }

  private static Optional<String> text(Object value) {
    if (value instanceof String text && !text.isBlank()) {
      return Optional.of(text.strip());
    }
    if (value instanceof Number || value instanceof Boolean) {
      return Optional.of(value.toString());
    }
    return Optional.empty();
  }

  /** A schema.org thing's words: its name, else its description, else (credentials, experience) what it says. */
  private static Optional<String> name(Object value) {
    if (value instanceof Map<?, ?> map) {
      for (String key : NAME_KEYS) {
        Optional<String> text = text(map.get(key));
        if (text.isPresent()) {
          return key.equals("monthsOfExperience")
              ? Optional.of(text.get() + " months of experience")
              : Optional.of(Jsoup.parseBodyFragment(text.get()).text());
        }
      }
      return Optional.empty();
    }
    return text(value).map(text -> Jsoup.parseBodyFragment(text).text());
  }

  private static SourcePosition position(String name, Element element) {
    var range = element.sourceRange();
    return range.isTracked() ? SourcePosition.of(name, range.start().lineNumber(), range.start().columnNumber())
        : SourcePosition.of(name, 1, 1);
  }
}
