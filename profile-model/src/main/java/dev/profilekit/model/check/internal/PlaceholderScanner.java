package dev.profilekit.model.check.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds placeholders in Markdown prose. Code spans and fenced code blocks are blanked out
 * first (same length, so offsets still point into the original), because `TODO` inside code
 * is an example, not a note to self. Where matches of several patterns overlap, the longest
 * one is reported, once. Thread-safe.
 */
public final class PlaceholderScanner {
  /** One placeholder: where it is in the field and what it says. */
  public record Hit(int start, int end, String text) {}

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  private final List<Pattern> patterns;

  public PlaceholderScanner(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  public List<Hit> scan(String text) {
    String visible = withoutCode(text);
    List<Hit> all = new ArrayList<>();
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(visible);
      while (m.find()) {
        if (m.end() > m.start()) {
          all.add(new Hit(m.start(), m.end(), text.substring(m.start(), m.end()).strip()));
        }
      }
    }
    all.sort(Comparator.comparingInt(Hit::start).thenComparing(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed()));
    List<Hit> kept = new ArrayList<>();
    int coveredTo = -1;
    for (Hit hit : all) {
      if (hit.start() >= coveredTo) {
        kept.add(hit.text().isEmpty() ? new Hit(hit.start(), hit.end(), text.substring(hit.start(), hit.end())) : hit);
        coveredTo = hit.end();
      }
    }
    return kept;
  }

  /** The text with code spans and fenced code replaced by spaces (line breaks kept). */
  static String withoutCode(String text) {
    char[] chars = text.toCharArray();
    blankFences(text, chars);
    blankCodeSpans(chars);
    return new String(chars);
  }

  private static void blankFences(String text, char[] chars) {
    int offset = 0;
    String fence = null;
    int fenceStart = 0;
    for (String line : text.split("\n", -1)) {
      if (fence == null) {
        Matcher m = FENCE.matcher(line);
        if (m.find()) {
          fence = m.group(1);
          fenceStart = offset;
        }
      } else if (closes(line, fence)) {
        blank(chars, fenceStart, offset + line.length());
        fence = null;
      }
      offset += line.length() + 1;
    }
    if (fence != null) {
      // An unclosed fence runs to the end, as in CommonMark.
      blank(chars, fenceStart, chars.length);
    }
  }

  private static boolean closes(String line, String fence) {
    String trimmed = line.strip();
    return trimmed.length() >= fence.length() && trimmed.chars().allMatch(c -> c == fence.charAt(0));
  }

  private static void blankCodeSpans(char[] chars) {
    int i = 0;
    while (i < chars.length) {
      if (chars[i] != '`') {
        i++;
        continue;
      }
      int runEnd = run(chars, i);
      int length = runEnd - i;
      int close = findRun(chars, runEnd, length);
      if (close < 0) {
        i = runEnd;
      } else {
        blank(chars, i, close + length);
        i = close + length;
      }
    }
  }

  private static int run(char[] chars, int from) {
    int end = from;
    while (end < chars.length && chars[end] == '`') {
      end++;
    }
    return end;
  }

  private static int findRun(char[] chars, int from, int length) {
    int i = from;
    while (i < chars.length) {
      if (chars[i] == '`') {
        int end = run(chars, i);
        if (end - i == length) {
          return i;
        }
        i = end;
      } else {
        i++;
      }
    }
    return -1;
  }

  private static void blank(char[] chars, int from, int to) {
    for (int i = from; i < Math.min(to, chars.length); i++) {
      if (chars[i] != '\n') {
        chars[i] = ' ';
      }
    }
  }
}
