package dev.profilekit.model.internal.tree;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;

/**
 * YAML 1.2 lets a double-quoted scalar write U+2028 as {@code \L} and U+2029 as {@code \P};
 * snakeyaml-engine refuses both. When it does, the scalar it names has those escapes spelled
 * out as {@code \u2028} / {@code \u2029} and the text is parsed again. Each retry re-reads the
 * whole text, so the retries are bounded by a budget of characters re-read (a few times the
 * text's length), which keeps the work linear.
 */
final class YamlLineSeparatorEscapes {
  private static final Pattern UNKNOWN_ESCAPE = Pattern.compile("found unknown escape character ([LP])\\(");
  /** At most this many re-reads of the text; more scalars with such escapes get the usual error. */
  private static final int MAX_ATTEMPTS = 8;

  private YamlLineSeparatorEscapes() {}

  /**
   * The text with the escapes of the refused scalar spelled out, or empty when the error is
   * another one (or the retries are spent).
   */
  static Optional<String> spellOut(String text, JacksonException e, int attempt) {
    if (attempt >= MAX_ATTEMPTS || !(e.getCause() instanceof MarkedYamlEngineException yaml)
        || yaml.getProblem() == null) {
      return Optional.empty();
    }
    Matcher unknown = UNKNOWN_ESCAPE.matcher(yaml.getProblem());
    if (!unknown.find() || yaml.getContextMark().isEmpty()) {
      return Optional.empty();
    }
    int codePoints = yaml.getContextMark().get().getIndex();
    if (codePoints < 0 || codePoints >= text.codePointCount(0, text.length())) {
      return Optional.empty();
    }
    int start = text.offsetByCodePoints(0, codePoints);
    if (text.charAt(start) != '"') {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    out.append(text, 0, start + 1);
    int i = start + 1;
    boolean changed = false;
    while (i < text.length() && text.charAt(i) != '"') {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char escaped = text.charAt(i + 1);
        if (escaped == 'L' || escaped == 'P') {
          out.append(escaped == 'L' ? "\\u2028" : "\\u2029");
          changed = true;
        } else {
          out.append(c).append(escaped);
        }
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    out.append(text, i, text.length());
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }
}
