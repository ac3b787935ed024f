package dev.profilekit.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A date known to the year, the month or the day: {@code 2019}, {@code 2019-06},
 * {@code 2019-06-01}. Ordered by the first day each can mean; where two begin on the same day
 * the less precise sorts first ({@code 2019 < 2019-01 < 2019-01-01 < 2019-02}).
 */
public final class PartialDate implements Comparable<PartialDate> {
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparingInt(PartialDate::year)
          .thenComparingInt(date -> date.month == null ? 0 : date.month)
          .thenComparingInt(date -> date.day == null ? 0 : date.day);

  private final int year;
  private final Integer month;
  private final Integer day;

  private PartialDate(int year, Integer month, Integer day) {
    this.year = year;
    this.month = month;
    this.day = day;
  }

  /**
   * A year alone, e.g. {@code 2024}.
   *
   * @param year the year, 1 to 9999
   * @return the date
   * @throws IllegalArgumentException when the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return of(year, null, null);
  }

  /**
   * A month of a year, e.g. {@code 2024-03}.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @return the date
   * @throws IllegalArgumentException when a field is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    return of(year, month, null);
  }

  /**
   * A full date, e.g. {@code 2024-03-15}.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the date
   * @throws IllegalArgumentException when the fields are not a real date
   */
  public static PartialDate ofDay(int year, int month, int day) {
    return of(year, month, day);
  }

  private static PartialDate of(int year, Integer month, Integer day) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    try {
      if (day != null) {
        LocalDate.of(year, month, day);
      } else if (month != null) {
        YearMonth.of(year, month);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return new PartialDate(year, month, day);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when it is not one.
   *
   * @param text the text, e.g. {@code 2024-03}
   * @return the date, or empty when the text is not one
   */
  public static Optional<PartialDate> tryParse(String text) {
    // By hand rather than with a pattern: every date of every profile comes through here.
    int length = text.length();
    if ((length != 4 && length != 7 && length != 10)
        || !digits(text, 0, 4)
        || (length >= 7 && (text.charAt(4) != '-' || !digits(text, 5, 7)))
        || (length == 10 && (text.charAt(7) != '-' || !digits(text, 8, 10)))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          of(
              Integer.parseInt(text, 0, 4, 10),
              length < 7 ? null : Integer.valueOf(Integer.parseInt(text, 5, 7, 10)),
              length < 10 ? null : Integer.valueOf(Integer.parseInt(text, 8, 10, 10))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether the characters from {@code start} to {@code end} are ASCII digits, as {@code \\d} matches. */
  private static boolean digits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses like {@link #tryParse} and throws {@link IllegalArgumentException} on bad input.
   *
   * @param text the text, e.g. {@code 2024-03}
   * @return the date
   * @throws IllegalArgumentException when the text is not a date of one of those forms
   */
  public static PartialDate parse(String text) {
    return tryParse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "not a date: \"" + text + "\" (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
  }

  /** {@return the year, 1 to 9999} */
  public int year() {
    return year;
  }

  /** {@return the month, 1 to 12; empty for a year alone} */
  public Optional<Integer> month() {
    return Optional.ofNullable(month);
  }

  /** {@return the day of the month; empty unless this is a full date} */
  public Optional<Integer> day() {
    return Optional.ofNullable(day);
  }

  /** {@return whether year, month and day are all given} */
  public boolean isFullDate() {
    return day != null;
  }

  /** {@return the first day this date can mean: 1 January for a year, the 1st for a month} */
  public LocalDate start() {
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /**
   * {@return the last day this date can mean: 31 December for a year, the month's last day for a
   * month}
   */
  public LocalDate end() {
    if (day != null) {
      return start();
    }
    if (month != null) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, 12, 31);
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialDate
        && ((PartialDate) o).year == year
        && Objects.equals(((PartialDate) o).month, month)
        && Objects.equals(((PartialDate) o).day, day);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day);
  }

  /** The ISO form, as read. */
  @Override
  public String toString() {
    // Hand-padded: String.format is costly, and dates are written for every entry of a page.
    StringBuilder text = new StringBuilder(10);
    padded(text, year, 4);
    if (month != null) {
      padded(text.append('-'), month, 2);
    }
    if (day != null) {
      padded(text.append('-'), day, 2);
    }
    return text.toString();
  }

  private static void padded(StringBuilder text, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      text.append('0');
    }
    text.append(digits);
  }
}
