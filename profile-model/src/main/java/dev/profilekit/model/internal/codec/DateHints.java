package dev.profilekit.model.internal.codec;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hint for a date that did not parse: the fix for what people actually write. */
final class DateHints {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));
  private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final String GENERIC = "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2019-06";

  private DateHints() {}

  static String hintFor(String text, String path) {
    String trimmed = text.strip();
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (path.endsWith(".endDate") && Set.of("present", "now", "current", "today", "ongoing").contains(lower)) {
      return "leave endDate out for an ongoing role";
    }
    Matcher monthYear = MONTH_YEAR.matcher(trimmed);
    if (monthYear.matches()) {
      String name = monthYear.group(1).toLowerCase(Locale.ROOT);
      Integer month = name.length() >= 3 ? MONTHS.get(name.substring(0, 3)) : null;
      if (month != null && isMonthName(name)) {
        return "did you mean " + monthYear.group(2) + "-" + String.format(Locale.ROOT, "%02d", month) + "?";
      }
    }
    Matcher yearMonth = YEAR_MONTH.matcher(trimmed);
    if (yearMonth.matches()) {
      int month = Integer.parseInt(yearMonth.group(2));
      if (month < 1 || month > 12) {
        return "there is no month " + month + ": months run from 01 to 12";
      }
    }
    Matcher day = YEAR_MONTH_DAY.matcher(trimmed);
    if (day.matches()) {
      int year = Integer.parseInt(day.group(1));
      int month = Integer.parseInt(day.group(2));
      int dayOfMonth = Integer.parseInt(day.group(3));
      if (month == 2 && dayOfMonth == 29 && !Year.isLeap(year)) {
        return year + " is not a leap year: February has 28 days";
      }
      Optional<String> invalid = invalidDay(year, month, dayOfMonth);
      if (invalid.isPresent()) {
        return invalid.get();
      }
    }
    return GENERIC;
  }

  private static boolean isMonthName(String name) {
    for (String full : new String[] {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "sept"}) {
      if (full.startsWith(name) || name.equals(full)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> invalidDay(int year, int month, int day) {
    if (month < 1 || month > 12) {
      return Optional.of("there is no month " + month + ": months run from 01 to 12");
    }
    try {
      LocalDate.of(year, month, day);
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.of(String.format(Locale.ROOT, "%d-%02d has %d days", year, month,
          java.time.YearMonth.of(year, month).lengthOfMonth()));
    }
  }
}
