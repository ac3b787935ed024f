package dev.profilekit.model.internal.codec;

import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.util.Map;

/**
 * Reads one kind of value from a {@link Node}, writes it back as a plain tree (String, Boolean,
 * Long, List, Map), and describes it as a JSON Schema fragment.
 */
public interface Codec<T> {
  /** The value, or {@code null} when the node is not one (a diagnostic then says why). */
  T read(Node node, String path, ReadContext context);

  Object write(T value);

  Map<String, Object> schema();

  /** What {@link #normalize} returns for a value only the full read can take. */
  Object NEEDS_MODEL = new Object() {
    @Override
    public String toString() {
      return "NEEDS_MODEL";
    }
  };

  /**
   * What {@code write(read(plain))} gives for a plain value (String, Boolean, Long, BigInteger,
   * BigDecimal, null, List, Map) when reading it would report nothing; {@link #NEEDS_MODEL}
   * otherwise. The streaming path of JSON Lines leans on it to skip the positioned tree and the
   * model; a codec that does not say stays on the full read.
   */
  default Object normalize(Object plain) {
    return NEEDS_MODEL;
  }
}
