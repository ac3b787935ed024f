package dev.profilekit.spi;

import dev.profilekit.model.format.Format;
import java.util.List;

/**
 * How a module contributes formats to {@link dev.profilekit.model.format.Formats#standard()}:
 * implement it in a public class with a public no-argument constructor, and name that class in
 * {@code META-INF/services/dev.profilekit.spi.FormatProvider} (on the class path) or in {@code
 * provides dev.profilekit.spi.FormatProvider with ...} (in a module). Each module has one
 * provider listing all its formats; the registry asks it once.
 */
public interface FormatProvider {
  /**
   * The formats this module contributes, in the order {@code profile formats} lists them.
   *
   * @return the formats; their ids must be unique across all providers
   */
  List<Format> formats();
}
