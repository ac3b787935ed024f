package dev.profilekit.spi;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.internal.tree.TextDecoder;

/**
 * The one way text formats get their text: an input's bytes read within
 * {@link Limits#maxInputBytes()} and decoded as strict UTF-8. A byte-order mark is dropped; an
 * empty, too large, unreadable, UTF-16 or binary input and invalid UTF-8 are each an
 * {@link InputProblem} with its position and a hint, the same diagnostics every built-in format
 * gives.
 */
public final class TextInput {
  private TextInput() {}

  /**
   * The text of {@code input}.
   *
   * @param input the input to read (an input made from a string is checked, not decoded again)
   * @param limits the size limit
   * @return the decoded text
   * @throws InputProblem when the input cannot be read as UTF-8 text within the limit
   */
  public static String decode(Input input, Limits limits) throws InputProblem {
    return TextDecoder.decode(input, limits);
  }
}
