package dev.profilekit.model.format;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes the model in one format, as bytes. Implementations are stateless and thread-safe. A text
 * format implements {@link dev.profilekit.spi.TextWriter}, which writes its text as UTF-8.
 */
@FunctionalInterface
public interface ProfileWriter {
  /**
   * Writes {@code profile} to {@code out}, which it neither closes nor needs to flush. Problems
   * with the options (an unknown target, a missing theme) are reported as
   * {@link IllegalArgumentException} with a message for people, before anything is written.
   *
   * @param profile the profile to write
   * @param options the options, each declared by the format (see {@link Format#options()})
   * @param out where the bytes go
   * @return the loss report: a warning for each thing the format could not carry
   * @throws IOException when {@code out} fails
   */
  List<Diagnostic> write(Profile profile, WriteOptions options, OutputStream out) throws IOException;

  /**
   * Writes {@code profile} into memory.
   *
   * @param profile the profile to write
   * @param options the options
   * @return the output and the loss report
   */
  default WriteResult write(Profile profile, WriteOptions options) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    List<Diagnostic> losses;
    try {
      losses = write(profile, options, buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return WriteResult.adoptingBytes(buffer.toByteArray(), false, losses);
  }

  /**
   * Writes {@code profile} into memory with the default options.
   *
   * @param profile the profile to write
   * @return the output and the loss report
   */
  default WriteResult write(Profile profile) {
    return write(profile, WriteOptions.defaults());
  }
}
