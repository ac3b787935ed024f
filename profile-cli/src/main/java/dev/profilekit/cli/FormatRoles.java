package dev.profilekit.cli;

import dev.profilekit.model.format.Format;

/** Why a format cannot do what a command asked of it, in words that say what it does do. */
final class FormatRoles {
  private FormatRoles() {}

  /** The usage message for writing a profile in a format that has no profile writer. */
  static String cannotWrite(Format format) {
    if (format.reader().isEmpty() && format.postingReader().isPresent()) {
      return postingsOnly(format);
    }
    return "the format '" + format.id() + "' can be read but not written";
  }

  /** Posting-only formats neither read nor write profiles; the posting itself is imported. */
  static String postingsOnly(Format format) {
    return "the format '" + format.id() + "' reads job postings only, not profiles:"
        + " import a posting as a target with `profile target import POSTING`";
  }
}
