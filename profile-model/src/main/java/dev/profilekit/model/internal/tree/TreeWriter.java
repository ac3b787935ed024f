package dev.profilekit.model.internal.tree;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
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
    // Streamed by hand: the tree holds only maps, lists and scalars, and looking a serializer
    // up for every value costs a third of the write, which JSON Lines does per profile.
    StringWriter json = new StringWriter(8192);
    try (JsonGenerator generator = COMPACT.createGenerator(json)) {
      write(generator, tree);
    }
    return json.toString();
  }

  private static final ObjectMapper COMPACT = JsonMapper.builder().build();

  private static void write(JsonGenerator generator, Object value) {
    if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeName(String.valueOf(entry.getKey()));
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object item : list) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (value instanceof String text) {
      generator.writeString(text);
    } else if (value instanceof Long number) {
      generator.writeNumber(number);
    } else if (value instanceof Boolean flag) {
      generator.writeBoolean(flag);
    } else if (value == null) {
      generator.writeNull();
    } else {
      generator.writePOJO(value);
    }
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
