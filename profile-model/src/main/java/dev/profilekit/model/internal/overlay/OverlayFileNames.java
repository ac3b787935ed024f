package dev.profilekit.model.internal.overlay;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How overlay files are named: {@code me.de.yaml} beside {@code me.yaml}. A name given in a
 * profile stays in the profile's directory (or below it), so a profile cannot make the reader
 * open files elsewhere.
 */
public final class OverlayFileNames {
  /** The extensions of the native syntaxes an overlay file may be written in. */
  static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

  /** A language tag as a file name part: a 2–3 letter language, then subtags (pt-BR, zh-Hant). */
  private static final Pattern LANGUAGE_PART = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private OverlayFileNames() {}

  /** {@return what is wrong with an overlay file name written in a profile, or null when nothing is} */
  public static String problem(String file) {
    if (file.isBlank()) {
      return "is empty";
    }
    if (extension(file).isEmpty()) {
      return "is not a .yaml, .yml or .json file";
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (RuntimeException e) {
      return "is not a file name";
    }
    if (path.isAbsolute() || file.startsWith("/") || file.startsWith("\\")) {
      return "is an absolute path";
    }
    for (Path part : path) {
      if (part.toString().equals("..")) {
        return "leaves the profile's directory";
      }
    }
    return null;
  }

  /** {@return the native extension the name ends with, lower case; empty for another} */
  static Optional<String> extension(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().filter(lower::endsWith).findFirst();
  }

  /** {@return whether the middle of {@code me.X.yaml} names a language, so the file is a translation} */
  static boolean isLanguagePart(String part) {
    return LANGUAGE_PART.matcher(part).matches();
  }
}
