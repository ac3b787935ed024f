package dev.profilekit.render.html.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fragment ids for the page, unique and valid whatever the profile's ids contain: characters
 * outside {@code [A-Za-z0-9_-]} become {@code -}, and a repeat gets a number.
 */
final class Anchors {
  private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_-]+");

  private final Set<String> used = new HashSet<>();

  Anchors(String... reserved) {
    used.addAll(Set.of(reserved));
  }

  /** The entry's own id when it has one, else the prefix and a slug of its title. */
  String next(Optional<String> id, String prefix, String title) {
    return id.filter(value -> !value.isBlank())
        .map(this::next)
        .orElseGet(() -> next(prefix + title.toLowerCase(Locale.ROOT)));
  }

  String next(String wanted) {
    String base = NOT_ALLOWED.matcher(wanted.strip()).replaceAll("-");
    if (base.isEmpty() || base.equals("-")) {
      base = "part";
    }
    if (base.length() > 80) {
      base = base.substring(0, 80);
    }
    String anchor = base;
    for (int n = 2; !used.add(anchor); n++) {
      anchor = base + "-" + n;
    }
    return anchor;
  }
}
