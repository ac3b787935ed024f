package dev.profilekit.model.format;

import java.util.List;

/** A format name or file name that no registered format answers to. */
public final class UnknownFormatException extends IllegalArgumentException {
  private final List<String> known;

  public UnknownFormatException(String message, List<String> known) {
    super(message + " (known formats: " + String.join(", ", known) + ")");
    this.known = List.copyOf(known);
  }

  public List<String> knownFormats() {
    return known;
  }
}
