package dev.profilekit.model.internal.codec;

import java.util.ArrayList;
import java.util.List;

/** JSON paths as diagnostics show them: {@code $.work[2].startDate}. */
public final class Paths {
  private Paths() {}

  public static final String ROOT = "$";

  public static String key(String parent, String key) {
    return isPlain(key) ? parent + "." + key : parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** {@code [A-Za-z_$][A-Za-z0-9_$-]*}, without a regex: this runs for every key read. */
  private static boolean isPlain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    char first = key.charAt(0);
    if (!(isAsciiLetter(first) || first == '_' || first == '$')) {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(isAsciiLetter(c) || c >= '0' && c <= '9' || c == '_' || c == '$' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * The steps of a path as {@link #key} and {@link #index} write it: a {@code String} per key, an
   * {@code Integer} per index. Stops at the first step it cannot read; empty for a path that
   * does not start at {@code $}.
   */
  public static List<Object> steps(String path) {
    List<Object> steps = new ArrayList<>();
    if (!path.startsWith(ROOT)) {
      return steps;
    }
    int at = ROOT.length();
    while (at < path.length()) {
      char c = path.charAt(at);
      if (c == '.') {
        int end = at + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        steps.add(path.substring(at + 1, end));
        at = end;
      } else if (path.startsWith("['", at)) {
        StringBuilder key = new StringBuilder();
        int end = at + 2;
        while (end < path.length() && !path.startsWith("']", end)) {
          if (path.charAt(end) == '\\' && end + 1 < path.length()) {
            end++; // \' and \\ stand for ' and \
          }
          key.append(path.charAt(end++));
        }
        steps.add(key.toString());
        at = end + 2;
      } else if (c == '[') {
        int end = path.indexOf(']', at);
        Integer index = end < 0 ? null : parseIndex(path.substring(at + 1, end));
        if (index == null) {
          break;
        }
        steps.add(index);
        at = end + 1;
      } else {
        break;
      }
    }
    return steps;
  }

  private static Integer parseIndex(String digits) {
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
