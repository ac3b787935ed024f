package dev.profilekit.spi;

import dev.profilekit.model.format.Limits;
import dev.profilekit.model.internal.CleanNativeTree;
import dev.profilekit.model.internal.codec.Codec;
import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.model.internal.tree.QuietJsonParser;
import dev.profilekit.model.internal.tree.TreeWriter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The streaming path's two ends, for a format that can turn a well-formed document into the
 * native tree without the positioned tree and the model (JSON Resume lines in JSON Lines). Each
 * end answers only when the full read would have nothing to report, and is empty otherwise: the
 * caller then reads the document the full way, which says what is wrong. The results are the
 * full read's, byte for byte (a differential test holds them to it).
 */
public final class NativeJson {
  private NativeJson() {}

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
    return QuietJsonParser.parse(json, limits, eachKey);
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
}
