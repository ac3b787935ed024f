package dev.profilekit.model.format;

import dev.profilekit.model.internal.codec.Suggestions;
import dev.profilekit.spi.FormatProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Predicate;

/**
 * The one registry of formats — profile formats, posting formats and container formats such as
 * JSON Lines — by id, alias and file name. {@link #standard()} holds every format on the class
 * path or module path (found once, on first use, through {@link FormatProvider}); {@link #of}
 * builds a registry from chosen formats. Container formats come last. Immutable and thread-safe.
 */
public final class Formats {
  private static final class Standard {
    static final Formats INSTANCE = load();

    private static Formats load() {
      List<Format> formats = new ArrayList<>();
      for (FormatProvider provider :
          ServiceLoader.load(FormatProvider.class, Formats.class.getClassLoader())) {
        formats.addAll(provider.formats());
      }
      List<Format> containersLast = new ArrayList<>(formats);
      containersLast.sort(java.util.Comparator.comparing(format -> format.roles().contains(FormatRole.CONTAINER)));
      return of(containersLast);
    }
  }

  private final Map<String, Format> byId;
  private final Map<String, Format> byAlias;

  private Formats(Map<String, Format> byId) {
    this.byId = byId;
    Map<String, Format> aliases = new LinkedHashMap<>();
    for (Format format : byId.values()) {
      for (String alias : format.aliases()) {
        String key = alias.toLowerCase(Locale.ROOT);
        if (!byId.containsKey(key)) {
          aliases.putIfAbsent(key, format);
        }
      }
    }
    this.byAlias = aliases;
  }

  /**
   * Every format on the class path or module path.
   *
   * @return the standard registry
   */
  public static Formats standard() {
    return Standard.INSTANCE;
  }

  /**
   * A registry of these formats, in this order.
   *
   * @param formats the formats
   * @return the registry
   * @throws IllegalArgumentException when two formats have the same id
   */
  public static Formats of(List<Format> formats) {
    Map<String, Format> byId = new LinkedHashMap<>();
    for (Format format : formats) {
      if (byId.putIfAbsent(format.id(), format) != null) {
        throw new IllegalArgumentException("two formats named " + format.id());
      }
    }
    return new Formats(byId);
  }

  /**
   * Every format, in registration order, containers last.
   *
   * @return the formats
   */
  public List<Format> all() {
    return List.copyOf(byId.values());
  }

  /**
   * The formats that can be used so.
   *
   * @param role what they must be able to do
   * @return those formats, in registration order
   */
  public List<Format> withRole(FormatRole role) {
    return byId.values().stream().filter(format -> format.roles().contains(role)).toList();
  }

  /**
   * The file names that choose formats of a role, in words: the first ending of each, e.g.
   * {@code .yaml, .json, .resume.json or .md} for {@link FormatRole#READS_PROFILES}.
   *
   * @param role the role
   * @return the endings joined with commas and a last "or"
   */
  public String fileNamesInWords(FormatRole role) {
    List<String> endings = withRole(role).stream().map(format -> format.fileExtensions().get(0)).toList();
    if (endings.size() <= 1) {
      return String.join("", endings);
    }
    return String.join(", ", endings.subList(0, endings.size() - 1)) + " or " + endings.get(endings.size() - 1);
  }

  /**
   * The format a file name's ending names among the formats of a role; the longest matching
   * ending wins.
   *
   * @param fileName a file name or path
   * @param role the role the format must have
   * @return the format, if an ending matches
   */
  public Optional<Format> forFileName(String fileName, FormatRole role) {
    return forFileName(fileName, format -> format.roles().contains(role));
  }

  /**
   * The format with this id or alias (see {@link Format#aliases()}), in any case.
   *
   * @param id an id or alias
   * @return the format, if one has that name
   */
  public Optional<Format> byId(String id) {
    String key = id.toLowerCase(Locale.ROOT);
    Format format = byId.get(key);
    return Optional.ofNullable(format != null ? format : byAlias.get(key));
  }

  /**
   * The format named {@code id}; an unknown name lists the known ones, with a guess when it looks like a typo.
   *
   * @param id an id or alias
   * @return the format
   * @throws UnknownFormatException when no format has that name
   */
  public Format require(String id) {
    return byId(id).orElseThrow(() -> {
      List<String> names = new ArrayList<>(byId.keySet());
      names.addAll(byAlias.keySet());
      String guess = Suggestions.closest(id, names).map(name -> byId(name).orElseThrow().id())
          .map(name -> ": did you mean '" + name + "'?").orElse("");
      return new UnknownFormatException("unknown format '" + id + "'" + guess, List.copyOf(byId.keySet()));
    });
  }

  /**
   * The profile format a file name's ending names (one that reads or writes profiles); the
   * longest matching ending wins.
   *
   * @param fileName a file name or path
   * @return the format, if an ending matches
   */
  public Optional<Format> forFileName(String fileName) {
    return forFileName(fileName, format -> format.reader().isPresent() || format.writer().isPresent());
  }

  /**
   * The format that reads postings named so ({@code .html}, {@code .txt}, {@code .md}, {@code .json}…).
   *
   * @param fileName a file name or path
   * @return the format, if an ending matches
   */
  public Optional<Format> forPostingFileName(String fileName) {
    return forFileName(fileName, format -> format.postingReader().isPresent());
  }

  /**
   * The posting format that recognises {@code content} (a posting with no name) best, by
   * {@link Format#recognisePosting}; of formats recognising it equally, the first registered.
   * Empty when none recognises it.
   *
   * @param content the posting's text
   * @return the format, if one recognises the posting
   */
  public Optional<Format> recognisePosting(String content) {
    return recognisePosting(InputHead.ofText("<posting>", content));
  }

  /**
   * The posting format that recognises {@code head} best, by {@link Format#recognisePosting}; of
   * formats recognising it equally, the first registered. Empty when none recognises it.
   *
   * @param head the posting's first bytes and text
   * @return the format, if one recognises the posting
   */
  public Optional<Format> recognisePosting(InputHead head) {
    Format best = null;
    int bestScore = 0;
    for (Format format : byId.values()) {
      int score = format.postingReader().isPresent() ? format.recognisePosting(head) : 0;
      if (score > bestScore) {
        best = format;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The format named {@code id} if it reads postings; else an error listing those that do.
   *
   * @param id an id or alias
   * @return the format
   * @throws UnknownFormatException when no posting format has that name
   */
  public Format requirePosting(String id) {
    return byId(id).filter(format -> format.postingReader().isPresent())
        .orElseThrow(() -> new UnknownFormatException("unknown posting format '" + id + "'",
            ids(format -> format.postingReader().isPresent())));
  }

  private Optional<Format> forFileName(String fileName, Predicate<Format> eligible) {
    String name = fileName.toLowerCase(Locale.ROOT);
    Format best = null;
    int bestLength = 0;
    for (Format format : byId.values()) {
      if (!eligible.test(format)) {
        continue;
      }
      for (String extension : format.fileExtensions()) {
        boolean matches =
            name.endsWith(extension)
                || (extension.startsWith(".") && name.endsWith("/" + extension.substring(1)))
                || name.equals(extension.substring(1));
        if (matches && extension.length() > bestLength) {
          best = format;
          bestLength = extension.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The format of an input whose format was not named: see {@link #identify}. Empty when the
   * name and content settle nothing, or settle it two ways.
   *
   * @param fileName the input's name
   * @param content its text
   * @return the format, if the name and content settle it
   */
  public Optional<Format> detect(String fileName, String content) {
    return identify(fileName, content).format();
  }

  /**
   * As {@link #identify(String, InputHead)}, for a text input.
   *
   * @param fileName the input's name
   * @param content its text
   * @return what the name and content settle
   */
  public Detection identify(String fileName, String content) {
    return identify(fileName, InputHead.ofText(fileName, content));
  }

  /**
   * Among the readable formats that share {@code fileName}'s last extension (all of them when it
   * has none), the one that recognises {@code content} best; the file-name match when none
   * recognises it. Ambiguous when two recognise it equally well, or when the name is specific to
   * one format (e.g. {@code .resume.json}) and the content is recognised as another's.
   *
   * @param fileName the input's name
   * @param head its first bytes and text
   * @return what the name and content settle
   */
  public Detection identify(String fileName, InputHead head) {
    String ending = lastExtension(fileName);
    Optional<Format> byName = forFileName(fileName).filter(format -> format.reader().isPresent());
    Map<Format, Integer> scores = new LinkedHashMap<>();
    for (Format format : byId.values()) {
      if (format.reader().isPresent()
          && (ending.isEmpty() || format.fileExtensions().stream().anyMatch(ext -> ext.endsWith(ending)))) {
        scores.put(format, format.recognise(head));
      }
    }
    int best = scores.values().stream().max(Integer::compare).orElse(0);
    if (best <= 0) {
      return new Detection(fileName, byName, byName.map(List::of).orElse(List.of()), Optional.empty());
    }
    List<Format> top = scores.keySet().stream().filter(format -> scores.get(format) == best).toList();
    if (top.size() > 1) {
      return new Detection(fileName, Optional.empty(), top, Optional.empty());
    }
    Format recognised = top.get(0);
    boolean nameIsSpecific = byName.isPresent() && !byName.get().fileExtensions().contains(ending);
    if (nameIsSpecific && byName.get() != recognised) {
      return new Detection(fileName, Optional.empty(), List.of(byName.get(), recognised), byName);
    }
    return new Detection(fileName, Optional.of(recognised), List.of(recognised), Optional.empty());
  }

  private static String lastExtension(String fileName) {
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
  }

  /**
   * What {@link #identify} made of an input: the format, or the candidates between which only
   * the user can choose ({@link #isAmbiguous()}); {@link #problem()} says so in words that ask
   * for {@code --from}.
   *
   * @param fileName the input's name
   * @param format the format told, if one was
   * @param candidates the formats between which the input is ambiguous, or the one told
   * @param named the format the name alone says, when the content says another
   */
  public record Detection(
      String fileName, Optional<Format> format, List<Format> candidates, Optional<Format> named) {
    /**
     * Copies the candidates.
     *
     * @param fileName the input's name
     * @param format the format told, if one was
     * @param candidates the candidates
     * @param named the format the name alone says
     */
    public Detection {
      candidates = List.copyOf(candidates);
    }

    /**
     * Whether only the user can choose.
     *
     * @return true when several formats are candidates and none was told
     */
    public boolean isAmbiguous() {
      return format.isEmpty() && candidates.size() > 1;
    }

    /**
     * Why no format was chosen, ending in what to say instead.
     *
     * @return the reason, empty when a format was chosen
     */
    public Optional<String> problem() {
      if (format.isPresent()) {
        return Optional.empty();
      }
      if (!isAmbiguous()) {
        return Optional.of("cannot tell which format " + fileName + " is in; say --from FORMAT");
      }
      List<String> ids = candidates.stream().map(Format::id).toList();
      String choice = "say --from " + String.join(" or --from ", ids);
      if (named.isPresent()) {
        return Optional.of(fileName + " is named like " + named.get().id() + " but its content looks like "
            + candidates.get(1).id() + "; " + choice);
      }
      return Optional.of("cannot tell whether " + fileName + " is " + String.join(" or ", ids) + "; " + choice);
    }
  }

  /**
   * The ids of the formats that pass a test.
   *
   * @param filter the test
   * @return their ids, in registration order
   */
  public List<String> ids(Predicate<Format> filter) {
    return byId.values().stream().filter(filter).map(Format::id).toList();
  }
}
