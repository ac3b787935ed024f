package dev.profilekit.model.internal;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.internal.nativeformat.NativeFormat;
import dev.profilekit.spi.FormatProvider;
import java.util.List;

/** The formats profile-model contributes: native YAML and JSON, job and text postings, JSON Lines. */
public final class ModelFormatProvider implements FormatProvider {
  @Override
  public List<Format> formats() {
    return List.of(NativeFormat.yaml(), NativeFormat.json(), PostingFormat.job(), PostingFormat.text(), new JsonLinesFormat());
  }
}
