package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.SourcePosition;

/** The whole input with a line index, so any character offset can be named as file:line:col. */
public final class SourceText {
  private final String file;
  private final String text;
  private final int[] lineStarts;

  public SourceText(String file, String text) {
    this.file = file;
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  // Counted first, then filled: a page of ten million blank lines is 40 MB of offsets, where a
  // growing list of boxed integers took several times the batch's heap.
  private static int[] lineStarts(String text) {
    int lines = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lines++;
    }
    int[] starts = new int[lines];
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts[line++] = i + 1;
    }
    return starts;
  }

  public String file() {
    return file;
  }

  public String text() {
    return text;
  }

  /** 1-based line of {@code offset}. */
  public int lineOf(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (lineStarts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low + 1;
  }

  public SourcePosition position(int offset) {
    int line = lineOf(offset);
    return SourcePosition.of(file, line, offset - lineStarts[line - 1] + 1);
  }

  /** The offset just after the end of the line holding {@code offset} (after its newline). */
  public int nextLineStart(int offset) {
    int newline = text.indexOf('\n', offset);
    return newline < 0 ? text.length() : newline + 1;
  }
}
