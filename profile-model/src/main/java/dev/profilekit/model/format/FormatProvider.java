package dev.profilekit.model.format;

import java.util.List;

/**
 * Service interface through which modules contribute formats (listed in
 * {@code META-INF/services/dev.profilekit.model.format.FormatProvider}).
 */
public interface FormatProvider {
  /** {@return the formats this provider contributes} */
  List<Format> formats();
}
