package dev.profilekit.model.format;

/** Reads one format into the model. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface ProfileReader {
  /**
   * Reads {@code input}. Never throws for bad content: every problem, including unreadable
   * bytes, is a diagnostic in the result.
   */
  ReadResult read(Input input, ReadOptions options);

  default ReadResult read(Input input) {
    return read(input, ReadOptions.defaults());
  }
}
