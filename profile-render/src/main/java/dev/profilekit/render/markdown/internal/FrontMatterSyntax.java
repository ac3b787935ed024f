package dev.profilekit.render.markdown.internal;

import dev.profilekit.spi.TreeText;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.toml.TomlMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The three ways pages write front matter: YAML between {@code ---} lines (Jekyll, Hugo, most
 * generators), TOML between {@code +++} lines (Hugo, Zola), and a JSON object (Hugo). A page's
 * front matter is written back in the syntax it came in.
 */
public enum FrontMatterSyntax {
  YAML("yaml", "---"),
  TOML("toml", "+++"),
  JSON("json", "");

  private static final ObjectMapper YAML_WRITER =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                  .disable(YAMLWriteFeature.SPLIT_LINES)
                  .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                  .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                  .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                  .stringQuotingChecker(new YamlQuoting())
                  .build())
          .build();
  /** Writes nested tables as dotted keys, so what it writes may stand before any table header. */
  private static final ObjectMapper TOML_WRITER = TomlMapper.builder().build();

  private final String id;
  private final String fence;

  FrontMatterSyntax(String id, String fence) {
    this.id = id;
    this.fence = fence;
  }

  /** The name kept in the profile ({@code profilekit: frontMatter: syntax:}). */
  public String id() {
    return id;
  }

  /** The line that opens and closes the block; empty for JSON, whose braces delimit it. */
  public String fence() {
    return fence;
  }

  public static Optional<FrontMatterSyntax> byId(Object id) {
    for (FrontMatterSyntax syntax : values()) {
      if (syntax.id.equals(id)) {
        return Optional.of(syntax);
      }
    }
    return Optional.empty();
  }

  /** The values as this syntax writes them, each line ending in a newline. */
  public String write(Map<String, Object> values) {
    switch (this) {
      case YAML:
        return withNewline(YAML_WRITER.writeValueAsString(values));
      case TOML:
        return withNewline(TOML_WRITER.writeValueAsString(values));
      default:
        return TreeText.json(values);
    }
  }

  /** The whole block, fences included, without a newline after the closing fence. */
  public String block(Map<String, Object> values) {
    return wrap(write(values));
  }

  /** {@code inner} between this syntax's fences. */
  public String wrap(String inner) {
    if (this == JSON) {
      return inner.endsWith("\n") ? inner.substring(0, inner.length() - 1) : inner;
    }
    return fence + "\n" + inner + fence;
  }

  private static String withNewline(String text) {
    return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
  }
}
