package dev.profilekit.model.check.internal;

import dev.profilekit.model.EvidenceKind;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Work;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads evidence from the words of an answer, by fixed rules (no network, no model): a sentence
 * with a measured outcome, an award, a quote, a publication or thesis, a URL, or the name of an
 * entry of the profile is evidence of that kind; a pointer such as "as demonstrated by my recent
 * work" is resolved to the entries it points at, or is weak when there are none. One piece of
 * evidence per sentence and kind. Built once per profile; thread-confined.
 *
 * <p>Keywords alone flatter a score, so: evidence a negation comes before in its clause ("I have
 * never published", "not yet won an award") is no evidence; a percentage or factor is a metric
 * only beside a measured noun or a comparison ("100% motivated" is not one); an award or
 * publication word with nothing to identify it (no title, name, number or link) and a quote that
 * nobody is said to have written ("I would describe myself as ...") are weak.
 */
final class AnswerReader {
  /** Evidence found in a text: its kind, the words that gave it away, the sentence, the entries. */
  record Found(EvidenceKind kind, int start, int end, String sentence, List<String> refs, boolean weak) {}

  // A number starts where no digit is before it, and its digits are taken possessively: no
  // backtracking through a long run of digits (hostile input stays linear).
  private static final String NUMBER = "(?<![\\d.,])~?[$€£]?\\d++(?:[.,]\\d++)*+\\+?";
  private static final Pattern METRIC = Pattern.compile(
      "\\bfrom\\s++" + NUMBER + "\\s*+[%\\p{L}]{0,8}+\\s++to\\s++" + NUMBER + "\\s*+%?"
          + "|" + NUMBER + "\\s?(?:%|percent\\b|per cent\\b)"
          + "|" + NUMBER + "\\s?[x×](?=[\\s,.;:)!?]|$)"
          + "|" + NUMBER + "\\s++times\\s++(?:faster|slower|more|less|fewer|higher|lower|smaller|larger|cheaper)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // A percentage or factor measures something only beside what it measures or a comparison.
  private static final Pattern MEASURED = Pattern.compile(
      "\\b(?:faster|slower|quicker|less|more|fewer|smaller|larger|bigger|higher|lower|cheaper|better|shorter|longer"
          + "|up|down|from|by|increas\\w*|decreas\\w*|reduc\\w*|cut|cuts|cutting|improv\\w*|grew|grow\\w*|rais\\w*"
          + "|boost\\w*|sav(?:e|ed|es|ing)|dropp?\\w*|doubl\\w*|tripl\\w*|halv\\w*|lift\\w*|shrank|shrunk"
          + "|accuracy|precision|recall|latency|throughput|revenue|costs?|sales|users|customers|conversions?|retention"
          + "|uptime|downtime|errors?|bugs?|defects?|crashes|speed|traffic|churn|margins?|budget|builds?|tests?|coverage"
          + "|load|memory|cpu|queries|requests|code|index|size|tickets|incidents|time|hours|days|minutes|seconds|share)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // "never", "not", "no", "n't", "yet to": what follows in the clause did not happen.
  private static final Pattern NEGATION = Pattern.compile(
      "(?<![\\p{L}])(?:never|not|no|none|nothing|neither|nor|without|yet\\s+to)(?![\\p{L}])(?!\\s+only\\b)|\\p{L}n[’']t\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–()]|\\s-\\s|\\b(?:but|although|though|while|whereas)\\b",
      Pattern.CASE_INSENSITIVE);
  // Who is said to have written a quote; without one it is the writer's own words.
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(?:wrote|writes|said|says|called\\s+me|described\\s+me|according\\s+to|reviews?|feedback|references?"
          + "|recommendations?|testimonials?|praised|manager|lead|colleagues?|clients?|customers?|mentors?|supervisors?"
          + "|professors?|boss|team|citation|quoted)\\b",
      Pattern.CASE_INSENSITIVE);
  // What identifies an award or publication: a title word, a number or year, a link.
  private static final Pattern IDENTIFIED = Pattern.compile("\\d|\\bhttps?://|\\bwww\\.|(?<=\\S\\s)(?!I\\b)\\p{Lu}");
  private static final Pattern AWARD = Pattern.compile(
      "\\b(?:awards?|awarded|prizes?|medals?|honou?red|fellowships?|scholarships?|grants?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PUBLICATION = Pattern.compile(
      "\\b(?:publications?|published|thesis|theses|dissertation|journal|proceedings|preprints?|arxiv|doi|co-?authored|first author)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern QUOTE = Pattern.compile(
      "[\"“„]([^\"“”„\\n]{8,}?)[\"”“]|(?<!\\p{L})['‘]([^'‘’\\n]{8,}?)['’](?!\\p{L})");
  private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s<>()\\[\\]]+|\\bwww\\.[^\\s<>()\\[\\]]+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern REPOSITORY = Pattern.compile(
      "\\b(?:repositor(?:y|ies)|repo|open[- ]source|github|gitlab|codeberg|bitbucket|sourcehut)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern POINTER = Pattern.compile(
      "\\b(?:as\\s+(?:demonstrated|shown|evidenced|proven|proved|seen|illustrated)\\s+(?:by|in|through)|see)\\s+"
          + "(?:my|our)\\s+(?:(?:recent|previous|past|current|latest|own|other)\\s+)?"
          + "(work|experience|jobs?|roles?|positions?|projects?|portfolio|publications?|papers?|research)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern JOBS = Pattern.compile(
      "\\bmy\\s+(recent|last|previous|past|current|latest)?\\s*(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)?\\s*"
          + "(?:jobs?|roles?|positions?|employers?|companies)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final List<String> NUMBER_WORDS =
      List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\"“(\\d])|\\n\\s*\\n|\\n(?=\\s*[-*+]\\s)");

  /** An entry's name to look for, and how to refer to the entry: its id, or its path when it has none. */
  private record Named(Pattern pattern, EvidenceKind kind, String ref) {}

  private final Profile profile;
  private final List<Named> names = new ArrayList<>();
  private final List<String> workByRecency;

  AnswerReader(Profile profile) {
    this.profile = profile;
    each(profile.work(), "$.work", (w, ref) -> name(w.name(), EvidenceKind.ROLE, ref), w -> w.id());
    each(profile.volunteer(), "$.volunteer", (v, ref) -> name(v.organization(), EvidenceKind.ROLE, ref), v -> v.id());
    each(profile.projects(), "$.projects", (p, ref) -> name(p.name(), EvidenceKind.PROJECT, ref), p -> p.id());
    each(profile.publications(), "$.publications", (p, ref) -> name(p.name(), EvidenceKind.PUBLICATION, ref), p -> p.id());
    each(profile.awards(), "$.awards", (a, ref) -> name(a.title(), EvidenceKind.AWARD, ref), a -> a.id());
    each(profile.certificates(), "$.certificates", (c, ref) -> name(c.name(), EvidenceKind.CREDENTIAL, ref), c -> c.id());
    List<Work> recentFirst = profile.work().stream()
        .sorted(Comparator.comparing((Work w) -> w.startDate().map(PartialDate::toString).orElse("")).reversed())
        .toList();
    this.workByRecency = recentFirst.stream().map(w -> ref(w.id(), "$.work", profile.work().indexOf(w))).toList();
  }

  private static <T> void each(List<T> entries, String path, java.util.function.BiConsumer<T, String> action,
      java.util.function.Function<T, Optional<String>> id) {
    for (int i = 0; i < entries.size(); i++) {
      action.accept(entries.get(i), ref(id.apply(entries.get(i)), path, i));
    }
  }

  /** How evidence refers to an entry: by its id, or by its JSON path when it has none (a hand-written page). */
  static String ref(Optional<String> id, String listPath, int index) {
    return id.orElse(listPath + "[" + index + "]");
  }

  private void name(Optional<String> name, EvidenceKind kind, String ref) {
    name.map(String::strip).filter(n -> n.length() >= 3).ifPresent(n -> names.add(new Named(
        // Any run of spaces or a line break between the words: prose wraps names too.
        Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("\\s+", java.util.Arrays.stream(n.split("\\s+")).map(Pattern::quote).toList())
            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
        kind, ref)));
  }

  /**
   * The evidence in {@code text}; {@code visible} is the same text with placeholders and code
   * blanked out (same length), so a note to self is never read as evidence.
   */
  List<Found> read(String text, String visible) {
    List<Found> found = new ArrayList<>();
    for (int[] sentence : sentences(visible)) {
      String words = visible.substring(sentence[0], sentence[1]);
      String shown = text.substring(sentence[0], sentence[1]).strip().replaceAll("\\s+", " ");
      Map<EvidenceKind, Found> byKind = new EnumMap<>(EvidenceKind.class);
      boolean awardWord = AWARD.matcher(words).find();
      boolean publicationWord = PUBLICATION.matcher(words).find();
      Set<Integer> taken = new LinkedHashSet<>();
      each(POINTER, words, m -> {
        mark(taken, m);
        add(byKind, sentence[0], m, shown, pointed(m.group(1)), pointed(m.group(1)).isEmpty(), kindOfPointer(m.group(1)));
      });
      each(JOBS, words, m -> {
        // "my role" alone is too loose; "my current role", "my 3 jobs" point somewhere.
        if (!overlaps(taken, m) && (m.group(1) != null || m.group(2) != null)) {
          List<String> recent = recentWork(m.group(2));
          add(byKind, sentence[0], m, shown, recent, recent.isEmpty(), EvidenceKind.ROLE);
        }
      });
      // Once per sentence, not per number: many numbers in one sentence stay linear.
      boolean measured = MEASURED.matcher(words).find();
      each(METRIC, words, m -> {
        // "from 40 min to 4 min" and "10 times faster" compare by themselves; "100%" needs more.
        boolean compares = m.group().regionMatches(true, 0, "from", 0, 4) || m.group().toLowerCase(Locale.ROOT).contains("times");
        if (compares || measured) {
          add(byKind, sentence[0], m, shown, List.of(), false, EvidenceKind.METRIC);
        }
      });
      boolean identified = IDENTIFIED.matcher(words).find() || QUOTE.matcher(words).find();
      each(AWARD, words, m -> add(byKind, sentence[0], m, shown, List.of(), !identified, EvidenceKind.AWARD));
      each(PUBLICATION, words, m -> add(byKind, sentence[0], m, shown, List.of(), !identified, EvidenceKind.PUBLICATION));
      boolean attributed = ATTRIBUTION.matcher(words).find();
      each(QUOTE, words, m -> {
        // A quoted title belongs to the award or publication the sentence names; else it is a testimonial.
        EvidenceKind kind = awardWord ? EvidenceKind.AWARD : publicationWord ? EvidenceKind.PUBLICATION : EvidenceKind.TESTIMONIAL;
        add(byKind, sentence[0], m, shown, List.of(), kind == EvidenceKind.TESTIMONIAL && !attributed, kind);
      });
      for (Named named : names) {
        each(named.pattern(), words, m -> add(byKind, sentence[0], m, shown, List.of(named.ref()), false, named.kind()));
      }
      boolean repositoryWord = REPOSITORY.matcher(words).find();
      each(URL, words, m -> {
        Optional<Ref> entry = entryAt(m.group());
        if (entry.isPresent()) {
          add(byKind, sentence[0], m, shown, List.of(entry.get().ref()), false, entry.get().kind());
        } else if (repositoryWord || isRepositoryHost(m.group())) {
          add(byKind, sentence[0], m, shown, List.of(), false, EvidenceKind.PROJECT);
        } else {
          add(byKind, sentence[0], m, shown, List.of(), shown.strip().equals(m.group()), EvidenceKind.LINK);
        }
      });
      for (Found f : byKind.values()) {
        if (!negated(words, f.start() - sentence[0])) {
          found.add(f);
        }
      }
    }
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  private record Ref(EvidenceKind kind, String ref) {}

  /** Whether a negation comes before {@code at} in the same clause of the sentence. */
  private static boolean negated(String sentence, int at) {
    String before = sentence.substring(0, Math.max(0, Math.min(at, sentence.length())));
    Matcher clause = CLAUSE_BREAK.matcher(before);
    int clauseStart = 0;
    while (clause.find()) {
      clauseStart = clause.end();
    }
    return NEGATION.matcher(before).region(clauseStart, before.length()).find();
  }

  /** The project, publication or work entry whose URL this is. */
  private Optional<Ref> entryAt(String url) {
    String wanted = trimUrl(url);
    for (int i = 0; i < profile.projects().size(); i++) {
      var p = profile.projects().get(i);
      if (p.url().map(AnswerReader::trimUrl).filter(wanted::equals).isPresent()) {
        return Optional.of(new Ref(EvidenceKind.PROJECT, ref(p.id(), "$.projects", i)));
      }
    }
    for (int i = 0; i < profile.publications().size(); i++) {
      var p = profile.publications().get(i);
      if (p.url().map(AnswerReader::trimUrl).filter(wanted::equals).isPresent()) {
        return Optional.of(new Ref(EvidenceKind.PUBLICATION, ref(p.id(), "$.publications", i)));
      }
    }
    for (int i = 0; i < profile.work().size(); i++) {
      var w = profile.work().get(i);
      if (w.url().map(AnswerReader::trimUrl).filter(wanted::equals).isPresent()) {
        return Optional.of(new Ref(EvidenceKind.ROLE, ref(w.id(), "$.work", i)));
      }
    }
    return Optional.empty();
  }

  private static String trimUrl(String url) {
    return url.toLowerCase(Locale.ROOT).replaceAll("[.,;:!?]+$", "").replaceAll("/+$", "").replaceFirst("^https?://(www\\.)?", "");
  }

  private static boolean isRepositoryHost(String url) {
    return REPOSITORY.matcher(url).find();
  }

  private static EvidenceKind kindOfPointer(String noun) {
    String word = noun.toLowerCase(Locale.ROOT);
    if (word.startsWith("project") || word.equals("portfolio")) {
      return EvidenceKind.PROJECT;
    }
    return word.startsWith("publication") || word.startsWith("paper") ? EvidenceKind.PUBLICATION : EvidenceKind.ROLE;
  }

  /** The entries a pointer's noun names: the latest work, the projects, the publications. */
  private List<String> pointed(String noun) {
    return switch (kindOfPointer(noun)) {
      case PROJECT -> refs(profile.projects(), "$.projects", p -> p.id());
      case PUBLICATION -> refs(profile.publications(), "$.publications", p -> p.id());
      default -> workByRecency.stream().limit(1).toList();
    };
  }

  private static <T> List<String> refs(List<T> entries, String path, java.util.function.Function<T, Optional<String>> id) {
    List<String> refs = new ArrayList<>();
    each(entries, path, (entry, ref) -> refs.add(ref), id);
    return refs;
  }

  private List<String> recentWork(String count) {
    int n = 1;
    if (count != null) {
      int word = NUMBER_WORDS.indexOf(count.toLowerCase(Locale.ROOT));
      n = word >= 0 ? word + 1 : Integer.parseInt(count);
    }
    return workByRecency.stream().limit(Math.max(1, n)).toList();
  }

  private static void add(Map<EvidenceKind, Found> byKind, int base, Matcher m, String sentence, List<String> refs,
      boolean weak, EvidenceKind kind) {
    Found earlier = byKind.get(kind);
    if (earlier == null) {
      byKind.put(kind, new Found(kind, base + m.start(), base + m.end(), sentence, refs, weak));
      return;
    }
    Set<String> merged = new LinkedHashSet<>(earlier.refs());
    merged.addAll(refs);
    Found first = earlier.start() <= base + m.start() ? earlier : new Found(kind, base + m.start(), base + m.end(), sentence, refs, weak);
    byKind.put(kind, new Found(kind, first.start(), first.end(), sentence, List.copyOf(merged), earlier.weak() && weak));
  }

  private static void each(Pattern pattern, String text, java.util.function.Consumer<Matcher> action) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      action.accept(m);
    }
  }

  private static void mark(Set<Integer> taken, Matcher m) {
    for (int i = m.start(); i < m.end(); i++) {
      taken.add(i);
    }
  }

  private static boolean overlaps(Set<Integer> taken, Matcher m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (taken.contains(i)) {
        return true;
      }
    }
    return false;
  }

  /** Start and end of each sentence (or list item, or paragraph) of the text. */
  private static List<int[]> sentences(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher end = SENTENCE_END.matcher(text);
    int start = 0;
    while (end.find()) {
      spans.add(new int[] {start, end.start()});
      start = end.end();
    }
    spans.add(new int[] {start, text.length()});
    return spans.stream().filter(s -> !text.substring(s[0], s[1]).isBlank()).toList();
  }
}
