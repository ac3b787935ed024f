package dev.profilekit.spi;

import dev.profilekit.model.internal.codec.Paths;
import java.util.List;

/**
 * JSON paths as diagnostics show them, {@code $.work[2].startDate}: build the path of each value
 * a reader binds, so that every diagnostic names where in the document it is.
 */
public final class JsonPath {
  private JsonPath() {}

  /** The path of the document's root value. */
  public static final String ROOT = Paths.ROOT;

  /**
   * The path of a mapping member: {@code $.basics.name}, or {@code $['odd key']} for a key that
   * is not a plain name.
   *
   * @param parent the mapping's path
   * @param key the member's key
   * @return the member's path
   */
  public static String key(String parent, String key) {
    return Paths.key(parent, key);
  }

  /**
   * The path of a list item: {@code $.work[2]}.
   *
   * @param parent the list's path
   * @param index the item's index, from 0
   * @return the item's path
   */
  public static String index(String parent, int index) {
    return Paths.index(parent, index);
  }

  /**
   * The steps of a path as {@link #key} and {@link #index} write it.
   *
   * @param path a path starting at {@link #ROOT}
   * @return a {@code String} per key and an {@code Integer} per index, up to the first step that
   *     cannot be read; empty for a path that does not start at {@link #ROOT}
   */
  public static List<Object> steps(String path) {
    return Paths.steps(path);
  }
}
