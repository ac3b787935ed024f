package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.PartialDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people read them ({@code 2019}, {@code Mar 2019}, {@code 14 May 2021}) and periods
 * ({@code Mar 2019 – present}), both ways; each form maps back to exactly one partial date.
 */
public final class HumanDates {
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };
  private static final Pattern DATE = Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Z][a-z]{2}) )?(\\d{4})");
  private static final String DASH = " – ";
  private static final String PRESENT = "present";
  private static final String UNTIL = "until ";

  private HumanDates() {}

  public static String format(PartialDate date) {
    StringBuilder text = new StringBuilder();
    date.day().ifPresent(day -> text.append(day).append(' '));
    date.month().ifPresent(month -> text.append(MONTHS[month - 1]).append(' '));
    return text.append(String.format("%04d", date.year())).toString();
  }

  public static Optional<PartialDate> parse(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.matches() || (m.group(1) != null && m.group(2) == null)) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    try {
      if (m.group(2) == null) {
        return Optional.of(PartialDate.ofYear(year));
      }
      int month = monthNumber(m.group(2));
      if (month == 0) {
        return Optional.empty();
      }
      return Optional.of(
          m.group(1) == null
              ? PartialDate.ofMonth(year, month)
              : PartialDate.ofDay(year, month, Integer.parseInt(m.group(1))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A start and end: "Mar 2019 – Feb 2020", "Mar 2019 – present", or "until Feb 2020". */
  public static String formatPeriod(Optional<PartialDate> start, Optional<PartialDate> end) {
    if (start.isEmpty()) {
      return UNTIL + format(end.orElseThrow());
    }
    return format(start.get()) + DASH + end.map(HumanDates::format).orElse(PRESENT);
  }

  /** The period's start and end (absent for "present"), or empty when it is not a period. */
  public static Optional<PartialDate[]> parsePeriod(String text) {
    String period = text.strip();
    if (period.startsWith(UNTIL)) {
      return parse(period.substring(UNTIL.length())).map(end -> new PartialDate[] {null, end});
    }
    int dash = period.indexOf(DASH);
    if (dash < 0) {
      return Optional.empty();
    }
    Optional<PartialDate> start = parse(period.substring(0, dash));
    String endText = period.substring(dash + DASH.length()).strip();
    if (start.isEmpty()) {
      return Optional.empty();
    }
    if (endText.equals(PRESENT)) {
      return Optional.of(new PartialDate[] {start.get(), null});
    }
    return parse(endText).map(end -> new PartialDate[] {start.get(), end});
  }

  private static int monthNumber(String name) {
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(name)) {
        return i + 1;
      }
    }
    return 0;
  }
}
