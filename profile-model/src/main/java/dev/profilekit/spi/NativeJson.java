package dev.profilekit.spi;

import dev.profilekit.model.format.Limits;
import dev.profilekit.model.internal.CleanNativeTree;
import dev.profilekit.model.internal.codec.Codec;
import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.model.internal.tree.LoneSurrogates;
import dev.profilekit.model.internal.tree.TreeWriter;
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
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The streaming path's two ends, for a format that can turn a well-formed document into the
 * native tree without the positioned tree and the model (JSON Resume lines in JSON Lines). Each
 * end answers only when the full read would have nothing to report, and is empty otherwise: the
 * caller then reads the document the full way, which says what is wrong. The results are the
 * full read's, byte for byte (a differential test holds them to it).
 */
public final class NativeJson {
  private NativeJson() {}

  private static volatile JsonFactory factory;
  private static volatile Limits factoryLimits;

  /**
   * A strict JSON document as plain values (maps in order, lists, String, Boolean, Long,
   * BigInteger, BigDecimal, null) as the full read parses it; empty when the full read would
   * report anything about its bytes or syntax (invalid UTF-8, a byte-order mark, a control
   * character, a duplicate key, a lone surrogate, a limit, anything but one JSON object).
   *
   * @param json the document's bytes
   * @param limits the limits the full read applies
   * @return the document, or empty when only the full read can say what to say about it
   */
  public static Optional<Map<String, Object>> parseQuietly(byte[] json, Limits limits) {
    return parseQuietly(json, limits, key -> { });
  }

  /**
   * As {@link #parseQuietly(byte[], Limits)}, telling {@code eachKey} every key as it is read, at
   * every depth (for a caller that tells the format from the keys, without a second walk).
   *
   * @param json the document's bytes
   * @param limits the limits the full read applies
   * @param eachKey told each key, in document order
   * @return the document, or empty when only the full read can say what to say about it
   */
  public static Optional<Map<String, Object>> parseQuietly(byte[] json, Limits limits, Consumer<String> eachKey) {
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

  /**
   * The native JSON, on one line, that reading {@code nativeTree} as a profile and writing it
   * with the native JSON writer ({@code compact=true}) gives, when that read and the profile's
   * validation would report nothing; empty otherwise.
   *
   * @param nativeTree a plain tree in the native format's keys
   * @return the line without its line break, or empty when only the full read can say
   */
  public static Optional<String> writeIfQuiet(Map<String, Object> nativeTree) {
    Object normal = NativeCodecs.PROFILE.normalize(nativeTree);
    if (normal == Codec.NEEDS_MODEL) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> written = (Map<String, Object>) normal;
    if (!CleanNativeTree.isClean(written)) {
      return Optional.empty();
    }
    return Optional.of(TreeWriter.compactJson(written));
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
    JsonFactory made = factory;
    if (made != null && limits.equals(factoryLimits)) {
      return made;
    }
    made = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxInputBytes())
            .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    factoryLimits = limits;
    factory = made;
    return made;
  }
}
