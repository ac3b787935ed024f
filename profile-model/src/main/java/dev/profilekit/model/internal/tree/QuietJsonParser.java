package dev.profilekit.model.internal.tree;

import dev.profilekit.model.format.Limits;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses strict JSON into plain values the way {@link TreeParser} reads them, without positions,
 * and gives up (empty) wherever {@link TreeParser} or the text decoder would report something:
 * the streaming path's parser (see {@code dev.profilekit.spi.NativeJson}).
 */
public final class QuietJsonParser {
  private QuietJsonParser() {}

  /** The factory made for the limits last asked for: one field, so a reader never pairs one with another's factory. */
  private record Made(Limits limits, JsonFactory factory) {}

  private static volatile Made made;

  public static Optional<Map<String, Object>> parse(byte[] json, Limits limits, Consumer<String> eachKey) {
    if (json.length == 0 || json.length > limits.maxInputBytes() || !plainUtf8(json)) {
      return Optional.empty();
    }
    try (JsonParser parser = factoryFor(limits).createParser(ObjectReadContext.empty(), json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      Object root = value(parser, JsonToken.START_OBJECT, 1, limits.maxDepth(), eachKey);
      if (root == null || parser.nextToken() != null) {
        return Optional.empty();
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) root;
      return Optional.of(map);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Null for a value the full read would report; the marker object stands for a JSON null. */
  private static final Object NULL = new Object();

  private static Object value(JsonParser parser, JsonToken token, int depth, int maxDepth, Consumer<String> eachKey) {
    switch (token) {
      case START_OBJECT: {
        if (depth >= maxDepth) {
          return null;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        JsonToken next;
        while ((next = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
          String key = parser.currentName();
          if (LoneSurrogates.indexOf(key) >= 0) {
            return null;
          }
          eachKey.accept(key);
          Object item = value(parser, parser.nextToken(), depth + 1, maxDepth, eachKey);
          if (item == null || members.containsKey(key)) {
            return null;
          }
          members.put(key, item == NULL ? null : item);
        }
        return next == JsonToken.END_OBJECT ? members : null;
      }
      case START_ARRAY: {
        if (depth >= maxDepth) {
          return null;
        }
        List<Object> items = new ArrayList<>();
        JsonToken next;
        while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
          Object item = value(parser, next, depth + 1, maxDepth, eachKey);
          if (item == null) {
            return null;
          }
          items.add(item == NULL ? null : item);
        }
        return items;
      }
      case VALUE_STRING: {
        String text = parser.getString();
        return LoneSurrogates.indexOf(text) >= 0 ? null : text;
      }
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return NULL;
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? parser.getBigIntegerValue()
            : (Object) parser.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      default:
        return null;
    }
  }

  /**
   * Whether the bytes are UTF-8 without a byte-order mark or a control character other than a
   * tab: what the full read decodes without a word. ASCII, the common case, is one pass.
   */
  private static boolean plainUtf8(byte[] bytes) {
    boolean ascii = true;
    for (byte b : bytes) {
      if (b >= 0 && b < 0x20 && b != '\t') {
        return false;
      }
      if (b < 0) {
        ascii = false;
      }
    }
    if (ascii) {
      return true;
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return false;
    }
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static JsonFactory factoryFor(Limits limits) {
    Made recent = made;
    if (recent != null && recent.limits().equals(limits)) {
      return recent.factory();
    }
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxInputBytes())
            .build())
        .build();
    made = new Made(limits, factory);
    return factory;
  }
}
