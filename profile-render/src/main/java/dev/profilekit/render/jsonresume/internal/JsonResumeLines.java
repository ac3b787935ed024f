package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.model.format.LineTranscoder;
import dev.profilekit.model.format.Limits;
import dev.profilekit.spi.NativeJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    if (toldFromContent && hasUnicodeEscape(line)) {
      return Optional.empty(); // detection reads the raw text, where an escaped key is not the key
    }
    Optional<Map<String, Object>> resume = NativeJson.parseQuietly(line, limits);
    if (resume.isEmpty() || (toldFromContent && !detectedAsResume(resume.get()))) {
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
   * Whether detection tells JSON Resume: some key, at any depth, is one of its top-level keys and
   * none is {@code schemaVersion} (what the two patterns of {@code recognise} find in the text
   * of a line without escaped keys). A key holding a quote could fake either; it is declined.
   */
  private static boolean detectedAsResume(Object value) {
    int[] found = {0};
    return walk(value, found) && found[0] > 0;
  }

  private static boolean walk(Object value, int[] resumeKeys) {
    if (value instanceof Map) {
      for (Map.Entry<?, ?> member : ((Map<?, ?>) value).entrySet()) {
        String key = (String) member.getKey();
        if (key.equals("schemaVersion") || key.indexOf('"') >= 0) {
          return false;
        }
        if (RESUME_KEYS.contains(key)) {
          resumeKeys[0]++;
        }
        if (!walk(member.getValue(), resumeKeys)) {
          return false;
        }
      }
    } else if (value instanceof List) {
      for (Object item : (List<?>) value) {
        if (!walk(item, resumeKeys)) {
          return false;
        }
      }
    }
    return true;
  }
}
