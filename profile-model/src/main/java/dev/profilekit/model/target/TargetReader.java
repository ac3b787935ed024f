package dev.profilekit.model.target;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;

/** Reads a job posting or call into a {@link dev.profilekit.model.Target}. Never throws for bad content. */
public interface TargetReader {
  /**
   * Reads a posting.
   *
   * @param input the posting's name and content
   * @param options the limits and reader settings
   * @return the target, or the errors that stopped it, with every diagnostic
   */
  TargetReadResult read(Input input, ReadOptions options);

  /**
   * Reads a posting with the default options.
   *
   * @param input the posting's name and content
   * @return the target, or the errors that stopped it, with every diagnostic
   */
  default TargetReadResult read(Input input) {
    return read(input, ReadOptions.defaults());
  }
}
