package dev.profilekit.render.internal;

import dev.profilekit.model.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The words a writer adds around a profile's own text ("Experience", "present", "Grade"), in the
 * output language, and the dates in it. One table per language ships in
 * {@code dev/profilekit/render/labels/TAG.properties} (UTF-8); a theme directory's
 * {@code labels-TAG.properties} replaces any of its labels, or adds a language. A tag without a
 * table falls back to its language ({@code de-AT} → {@code de}), then to English, with a warning;
 * dates always follow the tag asked for (Austrian German says "Jänner").
 */
public final class Labels {
  /** The languages whose labels ship, English first. */
  public static final List<String> SHIPPED =
      List.of("en", "de", "fr", "es", "it", "pt", "nl", "sv", "pl", "ru", "zh", "ja", "ar", "he");
  private static final String RESOURCES = "dev/profilekit/render/labels/";
  /** The table's own date pattern, used for the tag that names only its language. */
  private static final String DATE_PATTERN = "datePattern";
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb");
  private static final ConcurrentMap<String, Map<String, String>> SHIPPED_TABLES = new ConcurrentHashMap<>();
  private static final Labels ENGLISH = new Labels("en", shipped("en").orElseThrow());
  private static final ConcurrentMap<String, Labels> SHIPPED_LABELS = new ConcurrentHashMap<>();

  private final String tag;
  private final Map<String, String> words;
  private final LocalDates dates;
  private volatile Map<String, String> withSurroundings;

  private Labels(String tag, Map<String, String> words) {
    this.tag = tag;
    this.words = Map.copyOf(words);
    Locale locale = Locale.forLanguageTag(tag);
    boolean languageOnly = locale.getCountry().isEmpty() && locale.getScript().isEmpty() && locale.getVariant().isEmpty();
    Optional<String> pattern = languageOnly ? Optional.ofNullable(words.get(DATE_PATTERN)).filter(p -> !p.isBlank()) : Optional.empty();
    this.dates = LocalDates.of(locale, pattern, words.get("present"), words.get("until"));
  }

  /** The English labels, without a theme: what a writer uses when no language is asked for. */
  public static Labels english() {
    return ENGLISH;
  }

  /**
   * The labels for a language tag, a theme's file laid over the shipped table.
   *
   * @param tag a BCP 47 tag, already checked as one (see {@link OutputLanguage})
   * @param theme a theme directory that may hold {@code labels-TAG.properties}
   * @param warnings where a fallback, a theme label that means nothing, or a label a theme's
   *     language lacks is reported
   * @throws IllegalArgumentException when a theme's labels file cannot be read
   */
  public static Labels of(String tag, Optional<Path> theme, List<Diagnostic> warnings) {
    if (theme.isEmpty() && SHIPPED.contains(tag)) {
      // A shipped language as it ships: the same every time, so built once (its dates' patterns too).
      return SHIPPED_LABELS.computeIfAbsent(tag, language -> build(language, Optional.empty(), new ArrayList<>()));
    }
    return build(tag, theme, warnings);
  }

  private static Labels build(String tag, Optional<Path> theme, List<Diagnostic> warnings) {
    List<String> candidates = candidates(tag);
    for (String candidate : candidates) {
      Optional<Map<String, String>> own = theme.flatMap(directory -> themeFile(directory, candidate));
      Optional<Map<String, String>> shipped = shipped(candidate);
      if (own.isEmpty() && shipped.isEmpty()) {
        continue;
      }
      if (!candidate.equalsIgnoreCase(tag)) {
        warnings.add(Diagnostic.warning("labels-fallback", "there are no labels for the language '" + tag + "'; those of '"
                + candidate + "' are used (" + name(candidate) + ")")
            .withHint("add labels-" + tag + ".properties to a theme directory (--theme) to have your own"));
      }
      Map<String, String> words = new LinkedHashMap<>(ENGLISH.words);
      shipped.ifPresent(words::putAll);
      own.ifPresent(labels -> {
        Path file = theme.orElseThrow().resolve(fileName(candidate));
        for (String key : new TreeSet<>(labels.keySet())) {
          if (!ENGLISH.words.containsKey(key)) {
            warnings.add(Diagnostic.warning("unknown-label", file + ": `" + key + "` is not a label; it is not used")
                .withHint("the labels are the keys of dev/profilekit/render/labels/en.properties (see docs/html-themes.md)"));
          }
        }
        if (shipped.isEmpty()) {
          List<String> missing = ENGLISH.words.keySet().stream().filter(key -> !labels.containsKey(key)).sorted().toList();
          if (!missing.isEmpty()) {
            warnings.add(Diagnostic.warning("labels-incomplete", file + " lacks " + missing.size() + " label(s), e.g. `"
                + missing.get(0) + "`; they are in English"));
          }
        }
        labels.forEach((key, value) -> {
          if (ENGLISH.words.containsKey(key)) {
            words.put(key, value);
          }
        });
      });
      if (words.get(DATE_PATTERN) != null && !words.get(DATE_PATTERN).isBlank() && !LocalDates.isUsablePattern(words.get(DATE_PATTERN))) {
        warnings.add(Diagnostic.warning("unknown-label", "the datePattern `" + words.get(DATE_PATTERN)
            + "` needs one each of d, M (or L) and y and nothing else; the language's own pattern is used"));
        words.put(DATE_PATTERN, "");
      }
      return new Labels(tag, words);
    }
    warnings.add(Diagnostic.warning("labels-fallback", "there are no labels for the language '" + tag + "'; English labels are used")
        .withHint("labels ship for " + String.join(", ", SHIPPED) + "; a theme directory (--theme) can add labels-" + tag + ".properties"));
    return new Labels(tag, ENGLISH.words);
  }

  /** The tag asked for, as the page's {@code lang} says it. */
  public String tag() {
    return tag;
  }

  /** Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu…). */
  public boolean rightToLeft() {
    return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(tag).getLanguage());
  }

  /** {@code rtl} or {@code ltr}, for HTML's {@code dir}. */
  public String direction() {
    return rightToLeft() ? "rtl" : "ltr";
  }

  /** The label; every key of the English table has one. */
  public String get(String key) {
    String word = words.get(key);
    if (word == null) {
      throw new IllegalArgumentException("no label " + key);
    }
    return word;
  }

  /** The label with {@code {name}} replaced by the value. */
  public String format(String key, String name, String value) {
    return get(key).replace("{" + name + "}", value);
  }

  /** The label's text before and after {@code {name}}, for templates that put markup between. */
  public String[] around(String key, String name) {
    String word = get(key);
    int at = word.indexOf("{" + name + "}");
    return at < 0 ? new String[] {word + " ", ""} : new String[] {word.substring(0, at), word.substring(at + name.length() + 2)};
  }

  /** Every label, by key. */
  public Map<String, String> all() {
    return words;
  }

  /**
   * Every label, and for each that holds a {@code {name}}, {@code keyBefore} and {@code keyAfter}:
   * the text around it (see {@link #around}), for templates that put markup between. Built once
   * per set of labels, as every page of a batch asks for it.
   */
  public Map<String, String> withSurroundings() {
    Map<String, String> built = withSurroundings;
    if (built == null) {
      Map<String, String> all = new LinkedHashMap<>();
      words.forEach((key, value) -> {
        all.put(key, value);
        int open = value.indexOf('{');
        int close = value.indexOf('}', open + 1);
        if (open >= 0 && close > open) {
          String[] parts = around(key, value.substring(open + 1, close));
          all.put(key + "Before", parts[0]);
          all.put(key + "After", parts[1]);
        }
      });
      built = Collections.unmodifiableMap(all);
      withSurroundings = built;
    }
    return built;
  }

  public LocalDates dates() {
    return dates;
  }

  /** The English name of a language, for messages. */
  private static String name(String tag) {
    return Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
  }

  /** {@code de-AT-x} → {@code de-AT-x}, {@code de-AT}, {@code de}. */
  private static List<String> candidates(String tag) {
    List<String> candidates = new ArrayList<>();
    String rest = tag;
    while (!rest.isEmpty()) {
      candidates.add(rest);
      int dash = rest.lastIndexOf('-');
      rest = dash < 0 ? "" : rest.substring(0, dash);
    }
    return candidates;
  }

  private static String fileName(String tag) {
    return "labels-" + tag + ".properties";
  }

  /** The shipped table of exactly this tag, if one ships. */
  public static Optional<Map<String, String>> shipped(String tag) {
    String key = tag.toLowerCase(Locale.ROOT);
    Map<String, String> table = SHIPPED_TABLES.computeIfAbsent(key, Labels::loadShipped);
    return table.isEmpty() ? Optional.empty() : Optional.of(table);
  }

  private static Map<String, String> loadShipped(String tag) {
    // Through the class, not its loader: in the module, dev/profilekit/render/labels is an
    // encapsulated package that the loader does not show.
    InputStream in = Labels.class.getResourceAsStream("/" + RESOURCES + tag + ".properties");
    if (in == null) {
      return Map.of();
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<Map<String, String>> themeFile(Path directory, String tag) {
    Path file = directory.resolve(fileName(tag));
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Optional.of(read(reader));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("theme " + directory + ": cannot read " + fileName(tag) + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> read(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    Map<String, String> table = new LinkedHashMap<>();
    properties.stringPropertyNames().forEach(key -> table.put(key, properties.getProperty(key)));
    return table;
  }
}
