package dev.profilekit.model.format;

import java.util.List;

/** A format name or file name that no registered format answers to. */
public final class UnknownFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The ids of the formats that would have been understood, for the message and callers. */
  private final List<String> known;

  /**
   * The problem, with the names that would have been understood.
   *
   * @param message what was not understood
   * @param known the ids of the formats that would do
   */
  public UnknownFormatException(String message, List<String> known) {
    super(message + " (known formats: " + String.join(", ", known) + ")");
    this.known = List.copyOf(known);
  }

  /**
   * The ids of the formats that would do.
   *
   * @return the ids
   */
  public List<String> knownFormats() {
    return known;
  }
}
