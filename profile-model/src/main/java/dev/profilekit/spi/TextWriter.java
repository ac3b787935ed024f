package dev.profilekit.spi;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A writer of a text format: it makes the text, and this interface writes it as UTF-8 (no
 * byte-order mark). Implement {@link #write(Profile, WriteOptions)} alone.
 */
public interface TextWriter extends ProfileWriter {
  /**
   * Writes {@code profile} as text. Problems with the options are reported as
   * {@link IllegalArgumentException} with a message for people.
   *
   * @param profile the profile to write
   * @param options the options
   * @return the text and the loss report ({@link WriteResult#of})
   */
  @Override
  WriteResult write(Profile profile, WriteOptions options);

  /**
   * Writes the text of {@link #write(Profile, WriteOptions)} to {@code out} as UTF-8.
   *
   * @param profile the profile to write
   * @param options the options
   * @param out where the bytes go
   * @return the loss report
   * @throws IOException when {@code out} fails
   */
  @Override
  default List<Diagnostic> write(Profile profile, WriteOptions options, OutputStream out) throws IOException {
    WriteResult written = write(profile, options);
    out.write(written.content().getBytes(StandardCharsets.UTF_8));
    return written.losses();
  }
}
