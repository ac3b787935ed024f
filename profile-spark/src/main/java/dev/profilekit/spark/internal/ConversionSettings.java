package dev.profilekit.spark.internal;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * What a conversion was asked to do, in plain serialisable values (no library object travels to
 * the executors; each builds its {@link LibraryAdapter.Converter} from these).
 *
 * @param fromId the input format's id, or null to tell each document's format
 * @param jsonDocuments with no {@code fromId}: every document is JSON (native JSON or JSON Resume, told apart by content)
 * @param toId the output format's id
 * @param oneLine write every output on one line (JSON output, for JSON Lines)
 */
public record ConversionSettings(
    String fromId,
    boolean jsonDocuments,
    String toId,
    boolean oneLine,
    Map<String, String> readSettings,
    Map<String, String> writeSettings,
    Map<String, String> frontMatter,
    String targetId)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ConversionSettings {
    readSettings = Map.copyOf(readSettings);
    writeSettings = Map.copyOf(writeSettings);
    frontMatter = Map.copyOf(frontMatter);
  }

  public Optional<String> from() {
    return Optional.ofNullable(fromId);
  }

  public String to() {
    return toId;
  }

  public Optional<String> target() {
    return Optional.ofNullable(targetId);
  }
}
