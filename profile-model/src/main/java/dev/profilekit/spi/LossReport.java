package dev.profilekit.spi;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.SourceMap;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer's loss report being made: one warning for each thing the format cannot carry, with
 * the JSON path of what was not carried and, when the profile was read from a file, where that
 * value was written. Not thread-safe: one per write.
 */
public final class LossReport {
  private final SourceMap sourceMap;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /**
   * A report for writing {@code profile}, whose source map gives the positions.
   *
   * @param profile the profile being written
   */
  public LossReport(Profile profile) {
    this.sourceMap = profile.sourceMap();
  }

  /**
   * Reports something not carried.
   *
   * @param code a stable kebab-case code, e.g. {@code not-carried}
   * @param message what was not carried, for people
   * @param path the JSON path of the value, e.g. {@code $.work}
   * @return this report
   */
  public LossReport add(String code, String message, String path) {
    diagnostics.add(Diagnostic.warning(code, message).withPath(path).withPosition(sourceMap.positionOf(path)));
    return this;
  }

  /**
   * The warnings reported so far.
   *
   * @return the loss report, in the order reported
   */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
