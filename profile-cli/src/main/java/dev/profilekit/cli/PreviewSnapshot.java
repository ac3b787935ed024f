package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the preview shows at one moment: the last profile that read without errors with its HTML
 * page, and the errors of the source as it is now (empty while it is valid). The version grows
 * with every change a browser must see.
 */
record PreviewSnapshot(long version, Optional<GoodPage> lastGood, List<Diagnostic> errors) {
  PreviewSnapshot {
    errors = List.copyOf(errors);
  }

  boolean isValid() {
    return errors.isEmpty() && lastGood.isPresent();
  }

  /** A rendered profile: the HTML page now, the other formats when first asked for. */
  static final class GoodPage {
    private final Profile profile;
    private final String html;
    private final WriteOptions options;
    private final Map<String, WriteResult> others = new ConcurrentHashMap<>();

    GoodPage(Profile profile, String html, WriteOptions options) {
      this.profile = profile;
      this.html = html;
      this.options = options;
    }

    String html() {
      return html;
    }

    /** The profile written in {@code format} (an {@link IllegalArgumentException} when the writer refuses). */
    String in(Format format) {
      return others.computeIfAbsent(format.id(), id -> format.writer().orElseThrow().write(profile, options)).content();
    }
  }
}
