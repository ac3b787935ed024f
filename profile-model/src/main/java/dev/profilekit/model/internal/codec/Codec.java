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
}
