package dev.profilekit.model;

import java.util.Objects;

/** Where a value was read: file name (as given to the reader), 1-based line and column. */
public final class SourcePosition {
  private final String file;
  private final int line;
  private final int column;

  public SourcePosition(String file, int line, int column) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.column = column;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The same place, {@code lines} further down: for text embedded in a larger file. */
  public SourcePosition shiftLines(int lines) {
    return new SourcePosition(file, line + lines, column);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourcePosition
        && ((SourcePosition) o).file.equals(file)
        && ((SourcePosition) o).line == line
        && ((SourcePosition) o).column == column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column);
  }

  /** {@code file:line:col}, the form editors and terminals link. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
