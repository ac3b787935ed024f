package dev.profilekit.cli;

import dev.profilekit.model.format.WriteOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Optional;

/** Live preview sessions for tests, read with the same defaults as the command line. */
final class Previews {
  private Previews() {}

  static PreviewSession session(Path source, Optional<Path> theme) {
    return session(source, theme, new StringWriter());
  }

  /** A session that prints its terminal lines into {@code terminal}. */
  static PreviewSession session(Path source, Optional<Path> theme, StringWriter terminal) {
    ProfileInput input = new ProfileInput();
    input.maxInputBytes = 10 << 20;
    Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new PrintWriter(terminal, true), false);
    WriteOptions options = WriteOptions.builder().themeDirectory(theme).build();
    return new PreviewSession(new PreviewBuilder(source.toString(), input, options, streams), theme, streams, false);
  }
}
