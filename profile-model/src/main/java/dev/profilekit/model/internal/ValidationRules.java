package dev.profilekit.model.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules {@link dev.profilekit.model.ProfileValidator} applies to single values, in one place
 * so that {@link CleanNativeTree} (the streaming path's check) cannot drift from them.
 */
public final class ValidationRules {
  private ValidationRules() {}

  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
  public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  public static final Pattern BARE_HOST = Pattern.compile("[\\w-]+(\\.[\\w-]+)+(/\\S*)?");
  private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

  /** What is wrong with a URL ("has no scheme", …), or null when it is a web address. */
  public static String urlProblem(String value) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null) {
        return "has no scheme";
      }
      if (!WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
        return "is not a web address (scheme `" + uri.getScheme() + "`)";
      }
      return null;
    } catch (URISyntaxException e) {
      return "is malformed (" + e.getReason() + ")";
    }
  }
}
