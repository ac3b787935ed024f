package dev.profilekit.render.markdown.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML or TOML front matter cut into the lines of each top-level key, each with the comment and
 * blank lines before it, so a key whose value did not change is written back exactly as the
 * page had it, and a changed one keeps its comments.
 */
final class FrontMatterChunks {
  /**
   * The lines of one top-level key: {@code leading} comments and blank lines, then its own lines.
   * A key of null holds the comments after the last key. {@code inTables} is true for TOML lines
   * after the first table header, where a plain {@code key = value} would belong to the table.
   */
  record Chunk(String key, String leading, String body, boolean inTables) {}

  private static final Pattern YAML_KEY =
      Pattern.compile("^(\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'|[^\\s#'\"?:{}\\[\\],&*!|>%@`-][^#]*?|-[^\\s:][^#]*?)[ \\t]*:(?:[ \\t]|$).*");
  private static final String TOML_KEY_PART = "(?:\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[A-Za-z0-9_-]+)";
  private static final Pattern TOML_TABLE = Pattern.compile("^[ \\t]*\\[\\[?[ \\t]*(" + TOML_KEY_PART + ").*");
  private static final Pattern TOML_KEY = Pattern.compile("^[ \\t]*(" + TOML_KEY_PART + ")[ \\t]*[.=].*");

  private FrontMatterChunks() {}

  /** The chunks of {@code inner}, or empty when its keys cannot be told apart line by line. */
  static Optional<List<Chunk>> of(FrontMatterSyntax syntax, String inner, Set<String> keys) {
    List<Chunk> chunks = switch (syntax) {
      case YAML -> yaml(inner);
      case TOML -> toml(inner);
      default -> null;
    };
    if (chunks == null) {
      return Optional.empty();
    }
    Set<String> found = new HashSet<>();
    for (Chunk chunk : chunks) {
      if (chunk.key() != null) {
        found.add(chunk.key());
      }
    }
    return found.equals(keys) ? Optional.of(chunks) : Optional.empty();
  }

  private static List<Chunk> yaml(String inner) {
    List<Chunk> chunks = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    String key = null;
    String leading = "";
    StringBuilder body = new StringBuilder();
    for (String line : inner.split("(?<=\n)")) {
      Matcher m = YAML_KEY.matcher(line.stripTrailing());
      if (m.matches()) {
        if (key != null) {
          chunks.add(new Chunk(key, leading, body.toString(), false));
        }
        key = unquote(m.group(1).strip());
        leading = pending.toString();
        pending.setLength(0);
        body.setLength(0);
        body.append(line);
      } else if (line.isBlank() || line.startsWith("#")) {
        pending.append(line);
      } else if (key == null) {
        return null;
      } else {
        body.append(pending).append(line);
        pending.setLength(0);
      }
    }
    if (key != null) {
      chunks.add(new Chunk(key, leading, body.toString(), false));
    }
    chunks.add(new Chunk(null, pending.toString(), "", false));
    return chunks;
  }

  private static List<Chunk> toml(String inner) {
    List<Chunk> chunks = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    String key = null;
    String leading = "";
    boolean inTables = false;
    boolean chunkInTables = false;
    StringBuilder body = new StringBuilder();
    TomlLineState state = new TomlLineState();
    for (String line : inner.split("(?<=\n)")) {
      if (state.open()) {
        body.append(pending).append(line);
        pending.setLength(0);
        state.scan(line);
        continue;
      }
      String content = line.stripTrailing();
      Matcher table = TOML_TABLE.matcher(content);
      Matcher plain = TOML_KEY.matcher(content);
      String strippedLine = line.strip();
      if (strippedLine.isEmpty() || strippedLine.startsWith("#")) {
        pending.append(line);
        continue;
      }
      String lineKey = null;
      if (table.matches()) {
        lineKey = unquote(table.group(1));
        inTables = true;
      } else if (plain.matches() && !inTables) {
        lineKey = unquote(plain.group(1));
      }
      if (lineKey != null && !(lineKey.equals(key) && !table.matches() && !chunkInTables)) {
        if (key != null) {
          chunks.add(new Chunk(key, leading, body.toString(), chunkInTables));
        }
        key = lineKey;
        chunkInTables = inTables;
        leading = pending.toString();
        body.setLength(0);
        body.append(line);
      } else if (key == null) {
        return null;
      } else {
        body.append(pending).append(line);
      }
      pending.setLength(0);
      state.scan(line);
    }
    if (state.open()) {
      return null;
    }
    if (key != null) {
      chunks.add(new Chunk(key, leading, body.toString(), chunkInTables));
    }
    chunks.add(new Chunk(null, pending.toString(), "", inTables));
    return chunks;
  }

  private static String unquote(String key) {
    if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
      return key.substring(1, key.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    if (key.length() >= 2 && key.startsWith("'") && key.endsWith("'")) {
      return key.substring(1, key.length() - 1).replace("''", "'");
    }
    return key;
  }

  /** Whether a TOML value goes on past the end of a line: a multi-line string or an open array. */
  private static final class TomlLineState {
    private String openString;
    private int brackets;

    boolean open() {
      return openString != null || brackets > 0;
    }

    void scan(String line) {
      int i = 0;
      while (i < line.length()) {
        if (openString != null) {
          int close = line.indexOf(openString, i);
          if (close < 0) {
            return;
          }
          i = close + openString.length();
          openString = null;
          continue;
        }
        char c = line.charAt(i);
        if (line.startsWith("\"\"\"", i) || line.startsWith("'''", i)) {
          openString = line.substring(i, i + 3);
          i += 3;
        } else if (c == '"' || c == '\'') {
          int close = c == '"' ? closingQuote(line, i + 1) : line.indexOf('\'', i + 1);
          i = close < 0 ? line.length() : close + 1;
        } else if (c == '#') {
          return;
        } else {
          if (c == '[' || c == '{') {
            brackets++;
          } else if ((c == ']' || c == '}') && brackets > 0) {
            brackets--;
          }
          i++;
        }
      }
    }

    private static int closingQuote(String line, int from) {
      for (int i = from; i < line.length(); i++) {
        if (line.charAt(i) == '\\') {
          i++;
        } else if (line.charAt(i) == '"') {
          return i;
        }
      }
      return -1;
    }
  }
}
