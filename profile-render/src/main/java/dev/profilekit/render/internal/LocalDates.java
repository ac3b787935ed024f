package dev.profilekit.render.internal;

import dev.profilekit.model.PartialDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Partial dates and periods in one language, both ways: the one place HTML, Markdown and PDF
 * format dates, and the Markdown reader reads them back. The order and the month names are the
 * JDK's CLDR data for the locale: its long date pattern ({@code d. MMMM y} in German) is the form
 * of a full date; a year and month drop the day with the text that belongs to it and use the
 * month's stand-alone name (Polish "marzec 2019", not "marca"); a year alone drops the month too
 * ({@code 2019年} in Japanese). Each form maps back to exactly one partial date.
 */
public final class LocalDates {
  private static final String DASH = " – ";

  private final Locale locale;
  private final List<Token> day;
  private final List<Token> month;
  private final List<Token> year;
  private final Pattern dayForm;
  private final Pattern monthForm;
  private final Pattern yearForm;
  private final String present;
  private final String untilBefore;
  private final String untilAfter;
  /** Month names by style, looked up once: the JDK's lookup per date was a tenth of an HTML page's time. */
  private final Map<TextStyle, String[]> monthNames = new EnumMap<>(TextStyle.class);

  /** One piece of a pattern: a field letter ({@code d}, {@code M}, {@code L}, {@code y}) and its width, or literal text. */
  private record Token(char field, int width, String literal) {
    boolean isLiteral() {
      return field == 0;
    }
  }

  private LocalDates(Locale locale, List<Token> day, String present, String until) {
    this.locale = locale;
    // Before the patterns below, which list the month names.
    for (TextStyle style : List.of(TextStyle.SHORT, TextStyle.SHORT_STANDALONE, TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
      String[] names = new String[12];
      for (Month each : Month.values()) {
        names[each.ordinal()] = each.getDisplayName(style, locale);
      }
      monthNames.put(style, names);
    }
    this.day = day;
    this.month = standAlone(without(day, 'd'));
    this.year = without(without(month, 'M'), 'L');
    this.dayForm = regex(this.day);
    this.monthForm = regex(this.month);
    this.yearForm = regex(this.year);
    this.present = present;
    int at = until.indexOf("{date}");
    this.untilBefore = at < 0 ? until + " " : until.substring(0, at);
    this.untilAfter = at < 0 ? "" : until.substring(at + "{date}".length());
  }

  /**
   * Dates in a locale.
   *
   * @param locale whose CLDR data gives the order and the month names
   * @param pattern a date pattern of the letters {@code d M L y} and quoted text, to use instead of
   *     the locale's long pattern; empty for CLDR's
   * @param present the word for an open end ("present", "heute")
   * @param until the text of a period that has only an end, with {@code {date}} where it goes
   */
  public static LocalDates of(Locale locale, Optional<String> pattern, String present, String until) {
    String cldr = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null, IsoChronology.INSTANCE, locale);
    List<Token> tokens = pattern.map(LocalDates::tokens).filter(LocalDates::supported)
        .orElseGet(() -> Optional.of(tokens(cldr)).filter(LocalDates::supported).orElseGet(() -> tokens("d MMMM y")));
    return new LocalDates(locale, tokens, present, until);
  }

  /** Whether a pattern is one this class can write and read: day, month and year, nothing else. */
  public static boolean isUsablePattern(String pattern) {
    return supported(tokens(pattern));
  }

  public Locale locale() {
    return locale;
  }

  public String present() {
    return present;
  }

  /** What comes before the date of a period that has only an end ("until ", "bis "). */
  public String untilBefore() {
    return untilBefore;
  }

  /** What comes after it ("まで" in Japanese; mostly nothing). */
  public String untilAfter() {
    return untilAfter;
  }

  public String format(PartialDate date) {
    List<Token> form = date.day().isPresent() ? day : date.month().isPresent() ? month : year;
    StringBuilder text = new StringBuilder();
    for (Token token : form) {
      switch (token.field()) {
        case 0 -> text.append(token.literal());
        case 'd' -> text.append(number(date.day().orElseThrow(), token.width()));
        case 'y' -> appendYear(text, date.year());
        default -> text.append(month(date.month().orElseThrow(), token));
      }
    }
    return text.toString();
  }

  public Optional<PartialDate> parse(String text) {
    String date = text.strip();
    try {
      Matcher m = dayForm.matcher(date);
      if (m.matches()) {
        return Optional.of(PartialDate.ofDay(field(m, day, 'y'), monthOf(m, day), field(m, day, 'd')));
      }
      m = monthForm.matcher(date);
      if (m.matches()) {
        return Optional.of(PartialDate.ofMonth(field(m, month, 'y'), monthOf(m, month)));
      }
      m = yearForm.matcher(date);
      if (m.matches()) {
        return Optional.of(PartialDate.ofYear(field(m, year, 'y')));
      }
    } catch (IllegalArgumentException e) {
      // A day or month out of range ("31 Feb 2020") is no date.
    }
    return Optional.empty();
  }

  /** A start and end: "Mar 2019 – Feb 2020", "März 2019 – heute", or "until Feb 2020". */
  public String period(Optional<PartialDate> start, Optional<PartialDate> end) {
    if (start.isEmpty()) {
      return untilBefore + format(end.orElseThrow()) + untilAfter;
    }
    return format(start.get()) + DASH + end.map(this::format).orElse(present);
  }

  /** The period's start and end (null for an open end or no start), or empty when it is not a period. */
  public Optional<PartialDate[]> parsePeriod(String text) {
    String period = text.strip();
    if (!untilBefore.isBlank() || !untilAfter.isBlank()) {
      if (period.startsWith(untilBefore.strip()) && period.endsWith(untilAfter.strip())
          && period.length() > untilBefore.strip().length() + untilAfter.strip().length()) {
        Optional<PartialDate> end =
            parse(period.substring(untilBefore.strip().length(), period.length() - untilAfter.strip().length()));
        if (end.isPresent()) {
          return Optional.of(new PartialDate[] {null, end.get()});
        }
      }
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
    if (endText.equals(present)) {
      return Optional.of(new PartialDate[] {start.get(), null});
    }
    return parse(endText).map(end -> new PartialDate[] {start.get(), end});
  }

  private String month(int number, Token token) {
    if (token.width() <= 2) {
      return number(number, token.width());
    }
    boolean standAlone = token.field() == 'L';
    TextStyle style = token.width() == 3
        ? (standAlone ? TextStyle.SHORT_STANDALONE : TextStyle.SHORT)
        : (standAlone ? TextStyle.FULL_STANDALONE : TextStyle.FULL);
    return monthNames.get(style)[number - 1];
  }

  /** The year in at least four digits, as {@code %04d} writes it, without a formatter per date. */
  private static void appendYear(StringBuilder text, int year) {
    String digits = Integer.toString(Math.abs(year));
    if (year < 0) {
      text.append('-');
    }
    text.append("0".repeat(Math.max(0, 4 - digits.length()))).append(digits);
  }

  private static String number(int value, int width) {
    return width >= 2 && value < 10 ? "0" + value : Integer.toString(value);
  }

  private Pattern regex(List<Token> form) {
    StringBuilder regex = new StringBuilder();
    for (Token token : form) {
      switch (token.field()) {
        case 0 -> regex.append(Pattern.quote(token.literal()));
        case 'd' -> regex.append("(\\d{1,2})");
        case 'y' -> regex.append("(\\d{4})");
        default -> regex.append(token.width() <= 2 ? "(\\d{1,2})" : "(" + monthNames(token) + ")");
      }
    }
    return Pattern.compile(regex.toString());
  }

  private String monthNames(Token token) {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      names.add(month(i, token));
    }
    // Longest first, so that no name stops the match at a shorter one it starts with.
    return names.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote).collect(Collectors.joining("|"));
  }

  private static int field(Matcher m, List<Token> form, char field) {
    return Integer.parseInt(m.group(group(form, field)));
  }

  private int monthOf(Matcher m, List<Token> form) {
    for (Token token : form) {
      if (token.field() == 'M' || token.field() == 'L') {
        String text = m.group(group(form, token.field()));
        if (token.width() <= 2) {
          return Integer.parseInt(text);
        }
        for (int i = 1; i <= 12; i++) {
          if (month(i, token).equals(text)) {
            return i;
          }
        }
      }
    }
    throw new IllegalArgumentException("no month");
  }

  private static int group(List<Token> form, char field) {
    int group = 0;
    for (Token token : form) {
      if (!token.isLiteral()) {
        group++;
        if (token.field() == field) {
          return group;
        }
      }
    }
    throw new IllegalArgumentException("no field " + field);
  }

  /** Drops a field and the text that belongs to it: what follows it, or, when it comes last, what precedes it. */
  private static List<Token> without(List<Token> form, char field) {
    List<Token> rest = new ArrayList<>(form);
    for (int i = 0; i < rest.size(); i++) {
      if (rest.get(i).field() == field) {
        rest.remove(i);
        if (i < rest.size() && rest.get(i).isLiteral()) {
          rest.remove(i);
        } else if (i > 0 && rest.get(i - 1).isLiteral()) {
          rest.remove(i - 1);
        }
        break;
      }
    }
    return trimmed(rest);
  }

  private static List<Token> trimmed(List<Token> form) {
    List<Token> result = new ArrayList<>(form);
    if (!result.isEmpty() && result.get(0).isLiteral()) {
      String text = result.get(0).literal().stripLeading();
      result.set(0, new Token((char) 0, 0, text));
    }
    int last = result.size() - 1;
    if (last >= 0 && result.get(last).isLiteral()) {
      result.set(last, new Token((char) 0, 0, result.get(last).literal().stripTrailing()));
    }
    result.removeIf(token -> token.isLiteral() && token.literal().isEmpty());
    return result;
  }

  /** A month named without a day takes its stand-alone form. */
  private static List<Token> standAlone(List<Token> form) {
    return form.stream()
        .map(token -> token.field() == 'M' && token.width() >= 3 ? new Token('L', token.width(), "") : token)
        .toList();
  }

  private static boolean supported(List<Token> form) {
    long days = form.stream().filter(t -> t.field() == 'd').count();
    long months = form.stream().filter(t -> t.field() == 'M' || t.field() == 'L').count();
    long years = form.stream().filter(t -> t.field() == 'y').count();
    boolean others = form.stream().anyMatch(t -> !t.isLiteral() && "dMLy".indexOf(t.field()) < 0);
    return days == 1 && months == 1 && years == 1 && !others && form.stream().allMatch(t -> t.isLiteral() || t.width() <= 4);
  }

  /** The tokens of a CLDR date pattern: letters are fields, {@code 'quoted'} text and the rest literal. */
  private static List<Token> tokens(String pattern) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int close = pattern.indexOf('\'', i + 1);
        if (close == i + 1) {
          literal.append('\'');
          i += 2;
          continue;
        }
        int end = close < 0 ? pattern.length() : close;
        literal.append(pattern, i + 1, end);
        i = end + 1;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        if (literal.length() > 0) {
          tokens.add(new Token((char) 0, 0, literal.toString()));
          literal.setLength(0);
        }
        int run = i;
        while (run < pattern.length() && pattern.charAt(run) == c) {
          run++;
        }
        tokens.add(new Token(c, run - i, ""));
        i = run;
      } else {
        literal.append(c);
        i++;
      }
    }
    if (literal.length() > 0) {
      tokens.add(new Token((char) 0, 0, literal.toString()));
    }
    return tokens;
  }
}
