package org.example.vcard;

import dev.profilekit.model.format.Format;
import dev.profilekit.spi.FormatProvider;
import java.util.List;

/** Registers the vCard format (named in {@code META-INF/services/dev.profilekit.spi.FormatProvider}). */
public final class VCardFormatProvider implements FormatProvider {
  @Override
  public List<Format> formats() {
    return List.of(new VCardFormat());
  }
}
