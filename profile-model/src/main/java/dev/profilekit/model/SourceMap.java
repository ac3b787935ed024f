package dev.profilekit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Where each value of a profile was read, by JSON path ({@code $.work[2].startDate}). Readers
 * fill it; validators and checks use it to point at the source. Not part of profile equality.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());

  private volatile Map<String, SourcePosition> positions;
  private Supplier<Map<String, SourcePosition>> pending;
  /** Finds one path's position without working out the whole map; null for a map given whole. */
  private final Function<String, Optional<SourcePosition>> lookup;
  /** A profile path → the same value's path in the input; null where they are the same. */
  private final UnaryOperator<String> inputPaths;

  private SourceMap(Map<String, SourcePosition> positions) {
    this.positions = positions;
    this.lookup = null;
    this.inputPaths = null;
  }

  private SourceMap(
      Supplier<Map<String, SourcePosition>> pending,
      Function<String, Optional<SourcePosition>> lookup,
      UnaryOperator<String> inputPaths) {
    this.pending = pending;
    this.lookup = lookup;
    this.inputPaths = inputPaths;
  }

  /** {@return the source map of a profile that was built, not read: it knows no position} */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * A source map of the given positions.
   *
   * @param positions JSON path (e.g. {@code $.work[0].name}) to where the value was read
   * @return the source map
   */
  public static SourceMap of(Map<String, SourcePosition> positions) {
    return positions.isEmpty()
        ? EMPTY
        : new SourceMap(Collections.unmodifiableMap(new LinkedHashMap<>(positions)));
  }

  /**
   * A source map worked out only when first asked: readers produce one per profile, and most
   * profiles (a batch of valid ones) are never asked where anything was.
   *
   * @param positions gives the positions, by JSON path, when first asked; called at most once
   * @return the source map
   */
  public static SourceMap lazy(Supplier<Map<String, SourcePosition>> positions) {
    return new SourceMap(positions, null, null);
  }

  /**
   * A lazy source map that answers {@link #positionOf} through {@code lookup} (which must give
   * the same answer as the whole map would) until the whole map is asked for: a page with a few
   * warnings needs a few positions, not all of them.
   *
   * @param positions gives all the positions, by JSON path, when first asked; called at most once
   * @param lookup the position of one path, the same as the whole map would give
   * @return the source map
   */
  public static SourceMap lazy(
      Supplier<Map<String, SourcePosition>> positions, Function<String, Optional<SourcePosition>> lookup) {
    return new SourceMap(positions, lookup, null);
  }

  /**
   * This map, saying for each profile path where the same value stands in the input: a reader
   * whose format names things differently (JSON Resume's {@code $.basics.profiles[0].url} for
   * {@code $.person.links[0].url}) gives it, so that diagnostics name the input's own paths.
   *
   * @param translate profile path to the input's own path
   * @return a source map with the same positions that names input paths
   */
  public SourceMap withInputPaths(UnaryOperator<String> translate) {
    synchronized (this) {
      SourceMap translated = new SourceMap(pending, lookup, translate);
      translated.positions = positions;
      return translated;
    }
  }

  /**
   * The path of the value at {@code path} in the input it was read from.
   *
   * @param path a JSON path of the profile, e.g. {@code $.person.links[0].url}
   * @return the input's path of the same value; {@code path} itself unless the reader
   *     translates
   */
  public String inputPath(String path) {
    return inputPaths == null ? path : inputPaths.apply(path);
  }

  private Map<String, SourcePosition> positions() {
    Map<String, SourcePosition> known = positions;
    if (known == null) {
      synchronized (this) {
        known = positions;
        if (known == null) {
          known = Collections.unmodifiableMap(new LinkedHashMap<>(pending.get()));
          positions = known;
          pending = null;
        }
      }
    }
    return known;
  }

  /**
   * The position of the value at {@code path}, or of its nearest enclosing value that has one
   * (a default value has no position of its own, but its parent does).
   *
   * @param path a JSON path of the profile, e.g. {@code $.work[0].startDate}
   * @return the position, empty when neither the value nor anything around it has one
   */
  public Optional<SourcePosition> positionOf(String path) {
    if (answersByLookup()) {
      return lookup.apply(path);
    }
    String current = path;
    while (true) {
      SourcePosition position = positions().get(current);
      if (position != null) {
        return Optional.of(position);
      }
      int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      if (cut <= 0) {
        return Optional.empty();
      }
      current = current.substring(0, cut);
    }
  }

  /** Whether one position is still cheaper to find by the lookup than by the whole map. */
  private boolean answersByLookup() {
    return lookup != null && positions == null;
  }

  /**
   * The file the profile was read from, if it was read.
   *
   * @return the file name, empty for a built profile
   */
  public Optional<String> file() {
    if (answersByLookup()) {
      return lookup.apply("$").map(SourcePosition::file);
    }
    return positions().values().stream().findFirst().map(SourcePosition::file);
  }

  /** {@return every position known, by JSON path, in document order} */
  public Map<String, SourcePosition> asMap() {
    return positions();
  }

  /** Source maps take no part in profile equality: any two are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SourceMap;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    return "SourceMap[" + positions().size() + " positions]";
  }
}
