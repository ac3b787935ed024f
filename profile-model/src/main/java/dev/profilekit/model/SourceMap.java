package dev.profilekit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a profile was read, by JSON path ({@code $.work[2].startDate}). Readers
 * fill it; validators and checks use it to point at the source. Not part of profile equality.
 */
public final class SourceMap {
  private static final SourceMap EMPTY = new SourceMap(Map.of());

  private final Map<String, SourcePosition> positions;

  private SourceMap(Map<String, SourcePosition> positions) {
    this.positions = positions;
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
   * The position of the value at {@code path}, or of its nearest enclosing value that has one
   * (a default value has no position of its own, but its parent does).
   */
  public Optional<SourcePosition> positionOf(String path) {
    String current = path;
    while (true) {
      SourcePosition position = positions.get(current);
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
    return positions.values().stream().findFirst().map(SourcePosition::file);
  }

  public Map<String, SourcePosition> asMap() {
    return positions;
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
    return "SourceMap[" + positions.size() + " positions]";
  }
}
