package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Limits;
import dev.profilekit.spi.InputProblem;

/**
 * Counts how deeply each line is quoted and indented, so a page nested deeper than
 * {@link Limits#maxDepth()} is refused with its position before a recursive parser sees it.
 */
final class NestingCheck {
  private NestingCheck() {}

  /** Refuses pages nested deeper than the limit before a recursive parser sees them. */
  static void check(SourceText source, Limits limits) throws InputProblem {
    String text = source.text();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int depth = 0;
      int spaces = 0;
      for (int at = lineStart; at < text.length(); at++) {
        char c = text.charAt(at);
        if (c == '>') {
          depth++;
        } else if (c == ' ') {
          spaces++;
        } else if (c == '\t') {
          spaces += 4;
        } else {
          break;
        }
        if (depth + spaces / 2 > limits.maxDepth()) {
          throw new InputProblem(
              Diagnostic.error("too-deep", "the Markdown nests deeper than the limit of " + limits.maxDepth() + " levels")
                  .withPosition(source.position(at))
                  .withHint("a profile page is only a few levels deep: check the file is the right one"));
        }
      }
      lineStart = source.nextLineStart(lineStart);
    }
  }
}
