package dev.profilekit.model.format;

import dev.profilekit.model.Profile;

/** Writes the model in one format. Implementations are stateless and thread-safe. */
@FunctionalInterface
public interface ProfileWriter {
  /**
   * Writes {@code profile}. Problems with the options (an unknown target, a missing theme) are
   * reported as {@link IllegalArgumentException} with a message for people.
   */
  WriteResult write(Profile profile, WriteOptions options);

  default WriteResult write(Profile profile) {
    return write(profile, WriteOptions.defaults());
  }
}
