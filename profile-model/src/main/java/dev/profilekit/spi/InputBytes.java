package dev.profilekit.spi;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.internal.tree.TextDecoder;

/**
 * The one way binary formats get their bytes: an input read within
 * {@link Limits#maxInputBytes()}, with the diagnostics every built-in format gives for an empty,
 * too large or unreadable input. Text formats use {@link TextInput} instead.
 */
public final class InputBytes {
  private InputBytes() {}

  /**
   * The bytes of {@code input}.
   *
   * @param input the input to read
   * @param limits the size limit
   * @return all its bytes
   * @throws InputProblem when the input is empty, larger than the limit, or cannot be read
   */
  public static byte[] read(Input input, Limits limits) throws InputProblem {
    return TextDecoder.readBounded(input, limits.maxInputBytes());
  }
}
