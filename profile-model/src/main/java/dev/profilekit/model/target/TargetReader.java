package dev.profilekit.model.target;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;

/** Reads a job posting or call into a {@link dev.profilekit.model.Target}. Never throws for bad content. */
public interface TargetReader {
  TargetReadResult read(Input input, ReadOptions options);

  default TargetReadResult read(Input input) {
    return read(input, ReadOptions.defaults());
  }
}
