package dev.profilekit.model.internal.codec;

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
}
