package dev.profilekit.render.markdown.internal;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Ids made from text, stable for the same text: {@code claim-published-research-on-…}. */
final class Slugs {
  private static final int MAX_WORDS = 6;
  private final Set<String> used = new HashSet<>();

  /** Marks {@code id} as taken, so no made-up id repeats it. */
  void reserve(String id) {
    used.add(id);
  }

  String unique(String prefix, String text) {
    String base = prefix + slug(text);
    String id = base;
    for (int n = 2; used.contains(id); n++) {
      id = base + "-" + n;
    }
    used.add(id);
    return id;
  }

  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String[] words = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
    StringBuilder slug = new StringBuilder();
    for (int i = 0; i < words.length && i < MAX_WORDS; i++) {
      if (!words[i].isEmpty()) {
        slug.append(slug.length() == 0 ? "" : "-").append(words[i]);
      }
    }
    return slug.length() == 0 ? "item" : slug.toString();
  }
}
