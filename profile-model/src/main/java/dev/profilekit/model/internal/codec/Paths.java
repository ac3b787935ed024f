package dev.profilekit.model.internal.codec;

/** JSON paths as diagnostics show them: {@code $.work[2].startDate}. */
public final class Paths {
  private Paths() {}

  public static final String ROOT = "$";

  public static String key(String parent, String key) {
    return isPlain(key) ? parent + "." + key : parent + "['" + key.replace("'", "\\'") + "']";
  }

  /** {@code [A-Za-z_$][A-Za-z0-9_$-]*}, without a regex: this runs for every key read. */
  private static boolean isPlain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    char first = key.charAt(0);
    if (!(Character.isLetter(first) && first < 128 || first == '_' || first == '$')) {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      boolean plain = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-');
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
