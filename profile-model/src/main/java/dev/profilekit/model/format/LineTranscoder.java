package dev.profilekit.model.format;

import java.util.Optional;

/**
 * A format's shortcut for JSON Lines: one line of the format turned straight into one line of
 * another, without the model, for lines the full read would have nothing to say about. The
 * full read ({@link Profiles#read} then the target's writer) stays the reference: a line the
 * shortcut declines goes that way, and whatever the shortcut writes is the full way's output,
 * byte for byte. Thread-safe.
 */
public interface LineTranscoder {
  /**
   * The output line (without its line break), or empty when the line needs the full read.
   *
   * @param line the input line's bytes, without its line break
   * @param toldFromContent whether the caller tells each line's format from its content, as
   *     {@link Formats#detect} does for a file named {@code line.json}: the shortcut then takes
   *     only a line that detection would give this format
   * @return the output line, or empty
   */
  Optional<String> transcode(byte[] line, boolean toldFromContent);
}
