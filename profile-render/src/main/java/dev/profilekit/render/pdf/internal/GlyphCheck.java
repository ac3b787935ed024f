package dev.profilekit.render.pdf.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourceMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the characters no bundled font can draw, field by field, so that a missing glyph (an
 * emoji, a script DejaVu lacks) is a warning naming the character and the field instead of a
 * silent gap on the page. Walks the profile's native tree, whose paths are the ones every other
 * diagnostic uses.
 */
final class GlyphCheck {
  private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** At most this many characters are named in one warning; the rest are counted. */
  private static final int NAMED_PER_FIELD = 5;

  /** What the page shows for a character no font has (openhtmltopdf's replacement text). */
  static final String REPLACEMENT = "#";

  private GlyphCheck() {}

  /** Checks every string of the profile's plain tree (maps, lists, strings: {@code ModelTrees.write}). */
  static List<Diagnostic> check(Map<String, Object> tree, SourceMap sourceMap) {
    List<Diagnostic> warnings = new ArrayList<>();
    walk(tree, "$", sourceMap, warnings);
    return warnings;
  }

  private static void walk(Object node, String path, SourceMap sourceMap, List<Diagnostic> warnings) {
    if (node instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> property : map.entrySet()) {
        String key = String.valueOf(property.getKey());
        String child = SIMPLE_KEY.matcher(key).matches() ? path + "." + key : path + "['" + key.replace("'", "\\'") + "']";
        walk(property.getValue(), child, sourceMap, warnings);
      }
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", sourceMap, warnings);
      }
    } else if (node instanceof String text) {
      check(text, path, sourceMap, warnings);
    }
  }

  private static void check(String text, String path, SourceMap sourceMap, List<Diagnostic> warnings) {
    Set<Integer> missing = new LinkedHashSet<>();
    text.codePoints().filter(GlyphCheck::needsGlyph).filter(c -> !FontSet.canDraw(c)).forEach(missing::add);
    if (missing.isEmpty()) {
      return;
    }
    List<String> named = new ArrayList<>();
    for (int codePoint : missing) {
      if (named.size() == NAMED_PER_FIELD) {
        break;
      }
      named.add("'" + Character.toString(codePoint) + "' (U+" + String.format("%04X", codePoint) + ")");
    }
    int more = missing.size() - named.size();
    String characters = String.join(", ", named) + (more > 0 ? " and " + more + " more" : "");
    warnings.add(Warnings.warning(
        "missing-glyph",
        "no font in the PDF can draw " + characters + ": the page shows '" + REPLACEMENT + "' instead",
        path, sourceMap,
        "the PDF embeds DejaVu fonts (Latin, Greek, Cyrillic and common symbols); emoji and other scripts have no glyph there"));
  }

  /**
   * Checks the labels of the page's language ("職歴", "現在"), which are on the page beside the
   * profile's own text: one warning when the fonts lack some of their characters.
   */
  static List<Diagnostic> checkLabels(dev.profilekit.render.internal.Labels labels) {
    Set<Integer> missing = new java.util.TreeSet<>();
    labels.all().forEach((key, word) -> {
      if (!key.equals("datePattern")) {
        word.codePoints().filter(GlyphCheck::needsGlyph).filter(c -> !FontSet.canDraw(c)).forEach(missing::add);
      }
    });
    if (missing.isEmpty()) {
      return List.of();
    }
    String some = missing.stream().limit(NAMED_PER_FIELD).map(Character::toString).map(c -> "'" + c + "'")
        .collect(java.util.stream.Collectors.joining(", "));
    return List.of(Diagnostic.warning("missing-glyph", "no font in the PDF can draw the labels of '" + labels.tag() + "' (" + some
            + (missing.size() > NAMED_PER_FIELD ? " and " + (missing.size() - NAMED_PER_FIELD) + " more" : "")
            + "): the page shows '" + REPLACEMENT + "' for them")
        .withHint("the PDF embeds DejaVu fonts (Latin, Greek, Cyrillic, Arabic and Hebrew letters); write HTML for this language"));
  }

  /** Whitespace, controls and invisible formatting characters (joiners, variation selectors) draw nothing. */
  private static boolean needsGlyph(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return false;
    }
    int type = Character.getType(codePoint);
    if (type == Character.CONTROL || type == Character.FORMAT || type == Character.NON_SPACING_MARK
        && (codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF)) {
      return false;
    }
    return true;
  }
}
