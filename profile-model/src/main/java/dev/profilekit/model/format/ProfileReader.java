package dev.profilekit.model.format;

/** Reads one format into the model. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface ProfileReader {
  /**
   * Reads {@code input}. Never throws for bad content: every problem, including unreadable
   * bytes, is a diagnostic in the result. A text format gets its text through {@link
   * dev.profilekit.spi.TextInput}, a binary one its bytes through {@link
   * dev.profilekit.spi.InputBytes}.
   *
   * @param input the name and bytes to read
   * @param options limits and the format's read settings
   * @return the profile, unless an error stopped the read, and every diagnostic
   */
  ReadResult read(Input input, ReadOptions options);

  /**
   * Reads {@code input} with the default options.
   *
   * @param input the name and bytes to read
   * @return the profile, unless an error stopped the read, and every diagnostic
   */
  default ReadResult read(Input input) {
    return read(input, ReadOptions.defaults());
  }
}
