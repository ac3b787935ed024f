package dev.profilekit.model.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Predicate;

/**
 * The registry of formats, by id and by file name. {@link #standard()} holds every format on the
 * class path (found once, on first use, through {@link FormatProvider}); {@link #of} builds a
 * registry from chosen formats. Immutable and thread-safe.
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
      return of(formats);
    }
  }

  private final Map<String, Format> byId;

  private Formats(Map<String, Format> byId) {
    this.byId = byId;
  }

  /** Every format on the class path. */
  public static Formats standard() {
    return Standard.INSTANCE;
  }

  public static Formats of(List<Format> formats) {
    Map<String, Format> byId = new LinkedHashMap<>();
    for (Format format : formats) {
      if (byId.putIfAbsent(format.id(), format) != null) {
        throw new IllegalArgumentException("two formats named " + format.id());
      }
    }
    return new Formats(byId);
  }

  public List<Format> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Format> byId(String id) {
    return Optional.ofNullable(byId.get(id.toLowerCase(Locale.ROOT)));
  }

  /** The format named {@code id}; an unknown name lists the known ones. */
  public Format require(String id) {
    return byId(id)
        .orElseThrow(
            () -> new UnknownFormatException("unknown format '" + id + "'", List.copyOf(byId.keySet())));
  }

  /** The format a file name's ending names; the longest matching ending wins. */
  public Optional<Format> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    Format best = null;
    int bestLength = 0;
    for (Format format : byId.values()) {
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
   * Among the formats that claim {@code fileName}'s extension family, the one that recognises
   * {@code content} best; the file-name match when none recognises it.
   */
  public Optional<Format> detect(String fileName, String content) {
    Optional<Format> byName = forFileName(fileName);
    return byId.values().stream()
        .filter(format -> format.reader().isPresent())
        .filter(sameFamily(byName))
        .filter(format -> format.recognise(content) > 0)
        .max(Comparator.comparingInt(format -> format.recognise(content)))
        .or(() -> byName);
  }

  private static Predicate<Format> sameFamily(Optional<Format> byName) {
    return candidate ->
        byName.isEmpty()
            || byName.get().fileExtensions().stream()
                .anyMatch(ext -> candidate.fileExtensions().stream().anyMatch(ext::endsWith));
  }

  public List<String> ids(Predicate<Format> filter) {
    return byId.values().stream().filter(filter).map(Format::id).toList();
  }
}
