package dev.profilekit.model.check.internal;

import java.util.regex.Pattern;

/**
 * Whether a text says anything once its placeholders are taken out: "TBD", "(you need to expand
 * this)", "- " and "" say nothing, so a claim made of them answers no requirement.
 */
final class EmptyText {
  private static final Pattern NOTHING = Pattern.compile("[\\s\\p{P}\\p{S}]*");

  private EmptyText() {}

  static boolean isEmpty(String text, PlaceholderScanner scanner) {
    return NOTHING.matcher(visible(text, scanner)).matches();
  }

  /** The text with code and placeholders replaced by spaces: the same length, so offsets still hold. */
  static String visible(String text, PlaceholderScanner scanner) {
    char[] chars = PlaceholderScanner.withoutCode(text).toCharArray();
    for (PlaceholderScanner.Hit hit : scanner.scan(text)) {
      for (int i = hit.start(); i < hit.end(); i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }
}
