package dev.profilekit.spark.internal;

import java.io.StringWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON document on one line, for JSON Lines: the same tokens without the layout. Numbers are
 * copied as written (no trip through double), strings re-escaped, nothing else changes.
 */
final class OneLineJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private OneLineJson() {}

  static String of(String json) {
    String trimmed = json.strip();
    if (trimmed.indexOf('\n') < 0 && trimmed.indexOf('\r') < 0) {
      return trimmed;
    }
    StringWriter out = new StringWriter(trimmed.length());
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), trimmed);
        JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case START_OBJECT -> generator.writeStartObject();
          case END_OBJECT -> generator.writeEndObject();
          case START_ARRAY -> generator.writeStartArray();
          case END_ARRAY -> generator.writeEndArray();
          case PROPERTY_NAME -> generator.writeName(parser.currentName());
          case VALUE_STRING -> generator.writeString(parser.getString());
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> generator.writeNumber(parser.getString());
          case VALUE_TRUE -> generator.writeBoolean(true);
          case VALUE_FALSE -> generator.writeBoolean(false);
          case VALUE_NULL -> generator.writeNull();
          default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
      }
    }
    return out.toString();
  }
}
