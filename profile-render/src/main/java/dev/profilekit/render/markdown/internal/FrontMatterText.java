package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.format.Limits;
import dev.profilekit.spi.InputProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The front matter block a page gets: exactly as the page had it when its values did not change;
 * otherwise in the page's syntax with the lines of every unchanged key as written and the
 * comments of every key that remains; for a profile not read from a page, freshly written YAML.
 */
final class FrontMatterText {
  private FrontMatterText() {}

  /** The values of a block as written, or empty when it cannot be read (then it is not reused). */
  static Optional<Map<String, Object>> valuesOf(String block) {
    try {
      FrontMatter.Split split = FrontMatter.split(new SourceText("(front matter)", block), Limits.defaults(), new java.util.ArrayList<>());
      return Optional.of(split.values().map(Plain::of).orElse(Map.of()));
    } catch (InputProblem | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The block for {@code values} (fences included, no newline after the last one).
   *
   * @param written the block as the page had it, if the profile was read from one
   * @param writtenAfresh told why, when the block as written could not be kept in part
   */
  static String write(
      Map<String, Object> values, FrontMatterSyntax syntax, Optional<String> written, Consumer<String> writtenAfresh) {
    if (written.isEmpty()) {
      return syntax.block(values);
    }
    String block = written.get();
    Optional<Map<String, Object>> before = valuesOf(block);
    if (before.isEmpty()) {
      writtenAfresh.accept("the front matter kept as written is not valid " + syntax.id());
      return syntax.block(values);
    }
    if (before.get().equals(values)) {
      return block;
    }
    if (syntax == FrontMatterSyntax.JSON) {
      return syntax.block(values);
    }
    String inner = inner(syntax, block);
    Optional<List<FrontMatterChunks.Chunk>> chunks = FrontMatterChunks.of(syntax, inner, before.get().keySet());
    if (chunks.isEmpty()) {
      writtenAfresh.accept("its lines could not be told apart key by key");
      return syntax.block(values);
    }
    return syntax.wrap(splice(syntax, chunks.get(), before.get(), values));
  }

  private static String inner(FrontMatterSyntax syntax, String block) {
    int start = block.indexOf('\n') + 1;
    int end = block.lastIndexOf('\n') + 1;
    return start <= 0 || end < start ? "" : block.substring(start, end);
  }

  private static String splice(
      FrontMatterSyntax syntax, List<FrontMatterChunks.Chunk> chunks, Map<String, Object> before, Map<String, Object> values) {
    StringBuilder plainKeys = new StringBuilder();
    StringBuilder tables = new StringBuilder();
    StringBuilder moved = new StringBuilder();
    String trailing = "";
    java.util.Set<String> done = new java.util.HashSet<>();
    for (FrontMatterChunks.Chunk chunk : chunks) {
      StringBuilder region = chunk.inTables() ? tables : plainKeys;
      if (chunk.key() == null) {
        trailing = chunk.leading();
      } else if (!values.containsKey(chunk.key())) {
        continue;
      } else if (Objects.equals(before.get(chunk.key()), values.get(chunk.key()))) {
        region.append(chunk.leading()).append(chunk.body());
      } else if (done.add(chunk.key())) {
        String rewritten = withComment(syntax.write(single(chunk.key(), values.get(chunk.key()))), chunk.body());
        // Rewritten TOML is plain dotted keys, which must come before the first table header.
        (chunk.inTables() ? moved : region).append(chunk.leading()).append(rewritten);
      }
    }
    StringBuilder added = new StringBuilder();
    values.forEach((key, value) -> {
      if (!before.containsKey(key)) {
        added.append(syntax.write(single(key, value)));
      }
    });
    return plainKeys.toString() + moved + added + tables + trailing;
  }

  /** A one-line value written afresh keeps the comment at the end of the line it replaces. */
  static String withComment(String rewritten, String before) {
    if (rewritten.indexOf('\n') != rewritten.length() - 1 || before.indexOf('\n') != before.length() - 1) {
      return rewritten;
    }
    int comment = commentStart(before);
    return comment < 0 ? rewritten : rewritten.substring(0, rewritten.length() - 1) + before.substring(comment);
  }

  /** Where the comment ending a YAML or TOML line starts (with the blanks before it), or -1. */
  private static int commentStart(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && i > 0 && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        int start = i;
        while (start > 0 && (line.charAt(start - 1) == ' ' || line.charAt(start - 1) == '\t')) {
          start--;
        }
        return start;
      }
    }
    return -1;
  }

  private static Map<String, Object> single(String key, Object value) {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put(key, value);
    return one;
  }
}
