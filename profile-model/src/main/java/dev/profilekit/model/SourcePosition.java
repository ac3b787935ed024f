package dev.profilekit.model;

import org.immutables.value.Value;

/**
 * Where a value was read: the file name (as given to the reader), a 1-based line and a 1-based
 * column. Two positions are equal when all three are.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class SourcePosition {
  SourcePosition() {}

  /**
   * The position {@code line:column} in {@code file}.
   *
   * @param file the file name as the reader was given it, e.g. {@code profile.yaml} or
   *     {@code <stdin>}
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the position
   */
  public static SourcePosition of(String file, int line, int column) {
    return ImmutableSourcePosition.of(file, line, column);
  }

  /**
   * The file name as the reader was given it.
   *
   * @return the file name, never {@code null}
   */
  @Value.Parameter
  public abstract String file();

  /**
   * The line, counted from 1.
   *
   * @return the 1-based line
   */
  @Value.Parameter
  public abstract int line();

  /**
   * The column, counted from 1.
   *
   * @return the 1-based column
   */
  @Value.Parameter
  public abstract int column();

  /**
   * The same place, {@code lines} further down: for text embedded in a larger file.
   *
   * @param lines how many lines the embedded text starts below line 1 of the file
   * @return the shifted position in the same file and column
   */
  public SourcePosition shiftLines(int lines) {
    return of(file(), line() + lines, column());
  }

  /**
   * {@code file:line:col}, the form editors and terminals link.
   *
   * @return the position as {@code file:line:col}
   */
  @Override
  public String toString() {
    return file() + ":" + line() + ":" + column();
  }
}
