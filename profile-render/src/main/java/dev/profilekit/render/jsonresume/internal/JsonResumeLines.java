package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.model.format.LineTranscoder;
import dev.profilekit.model.format.Limits;
import dev.profilekit.spi.NativeJson;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * JSON Resume lines straight to native JSON lines: the line parsed into plain values, reshaped
 * by {@link QuietResumeTree}, written by {@link NativeJson#writeIfQuiet}. Any line the full read
 * would say something about (a warning, an error, a loss) is declined and takes the full read.
 */
public final class JsonResumeLines implements LineTranscoder {
  /** The keys whose presence {@code JsonResumeFormat.recognise} looks for. */
  private static final Set<String> RESUME_KEYS = Set.of("basics", "work", "volunteer", "education", "awards",
      "certificates", "publications", "skills", "languages", "interests", "references", "projects");

  private final Limits limits;

  public JsonResumeLines(Limits limits) {
    this.limits = limits;
  }

  @Override
  public Optional<String> transcode(byte[] line, boolean toldFromContent) {
    if (!toldFromContent) {
      return NativeJson.parseQuietly(line, limits).flatMap(QuietResumeTree::toNative).flatMap(NativeJson::writeIfQuiet);
    }
    if (hasUnicodeEscape(line)) {
      return Optional.empty(); // detection reads the raw text, where an escaped key is not the key
    }
    Detection detection = new Detection();
    Optional<Map<String, Object>> resume = NativeJson.parseQuietly(line, limits, detection);
    if (resume.isEmpty() || !detection.isResume()) {
      return Optional.empty();
    }
    return QuietResumeTree.toNative(resume.get()).flatMap(NativeJson::writeIfQuiet);
  }

  private static boolean hasUnicodeEscape(byte[] line) {
    for (int i = 0; i + 1 < line.length; i++) {
      if (line[i] == '\\' && line[i + 1] == 'u') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether detection tells JSON Resume, from the keys at every depth: one is among its
   * top-level keys and none is {@code schemaVersion} (what the two patterns of {@code recognise}
   * find in the text of a line without escaped keys). A key holding a quote could fake either;
   * such a line is declined.
   */
  private static final class Detection implements Consumer<String> {
    private boolean resumeKey;
    private boolean declined;

    @Override
    public void accept(String key) {
      if (key.equals("schemaVersion") || key.indexOf('"') >= 0) {
        declined = true;
      } else if (!resumeKey && RESUME_KEYS.contains(key)) {
        resumeKey = true;
      }
    }

    boolean isResume() {
      return resumeKey && !declined;
    }
  }
}
