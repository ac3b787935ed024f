package dev.profilekit.model.internal.tree;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes plain trees (maps in insertion order, lists, scalars) as pretty, deterministic YAML or
 * JSON: two-space indentation, one array element per line, a trailing newline.
 */
public final class TreeWriter {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .defaultPrettyPrinter(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n"))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n")))
          .build();

  private static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                  .disable(YAMLWriteFeature.SPLIT_LINES)
                  .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                  .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                  .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                  .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                  .build())
          .build();

  private TreeWriter() {}

  public static String json(Object tree) {
    return withNewline(JSON.writeValueAsString(tree));
  }

  /** One line, no indentation: for JSON Lines. */
  public static String compactJson(Object tree) {
    return JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
  }

  /** The same JSON document on one line: for JSON Lines. */
  public static String compactJson(String json) {
    return compactJson(JSON.readValue(json, Object.class));
  }

  public static String yaml(Object tree) {
    return withNewline(YAML.writeValueAsString(tree));
  }

  private static String withNewline(String text) {
    return text.endsWith("\n") ? text : text + "\n";
  }
}
