package dev.profilekit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where each value of a profile was read, by JSON path ({@code $.work[2].startDate}). Readers
 * fill it; validators and checks use it to point at the source. Not part of profile equality.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());

  private volatile Map<String, SourcePosition> positions;
  private Supplier<Map<String, SourcePosition>> pending;

  private SourceMap(Map<String, SourcePosition> positions) {
    this.positions = positions;
  }

  private SourceMap(Supplier<Map<String, SourcePosition>> pending) {
    this.pending = pending;
  }

  public static SourceMap empty() {
    return EMPTY;
  }

  public static SourceMap of(Map<String, SourcePosition> positions) {
    return positions.isEmpty()
        ? EMPTY
        : new SourceMap(Collections.unmodifiableMap(new LinkedHashMap<>(positions)));
  }

  /**
   * A source map worked out only when first asked: readers produce one per profile, and most
   * profiles (a batch of valid ones) are never asked where anything was.
   */
  public static SourceMap lazy(Supplier<Map<String, SourcePosition>> positions) {
    return new SourceMap(positions);
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
   */
  public Optional<SourcePosition> positionOf(String path) {
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

  /** The file the profile was read from, if it was read. */
  public Optional<String> file() {
    return positions().values().stream().findFirst().map(SourcePosition::file);
  }

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
