package dev.profilekit.model.internal.codec;

import java.util.regex.Pattern;

/** JSON paths as diagnostics show them: {@code $.work[2].startDate}. */
public final class Paths {
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

  private Paths() {}

  public static final String ROOT = "$";

  public static String key(String parent, String key) {
    return PLAIN_KEY.matcher(key).matches()
        ? parent + "." + key
        : parent + "['" + key.replace("'", "\\'") + "']";
  }

  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
