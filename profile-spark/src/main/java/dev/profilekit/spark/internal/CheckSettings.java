package dev.profilekit.spark.internal;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * What a check was asked to do, in plain serialisable values.
 *
 * @param fromId the input format's id, or null to tell each document's format
 * @param jsonDocuments with no {@code fromId}: every document is JSON (native JSON or JSON Resume)
 * @param targetId the one target to check, or null for every target
 * @param placeholderPatternsText placeholder patterns in the form of {@code check --patterns FILE}, or null for the built-in ones
 * @param failUnder the score below which a profile does not pass
 */
public record CheckSettings(
    String fromId,
    boolean jsonDocuments,
    Map<String, String> readSettings,
    String targetId,
    String placeholderPatternsText,
    int failUnder)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public CheckSettings {
    readSettings = Map.copyOf(readSettings);
  }

  public Optional<String> from() {
    return Optional.ofNullable(fromId);
  }

  public Optional<String> target() {
    return Optional.ofNullable(targetId);
  }

  public Optional<String> placeholderPatterns() {
    return Optional.ofNullable(placeholderPatternsText);
  }
}
