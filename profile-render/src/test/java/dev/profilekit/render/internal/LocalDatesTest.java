package dev.profilekit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.PartialDate;
import java.util.ArrayList;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

class LocalDatesTest {
  static final java.util.List<String> LANGUAGES = new ArrayList<>(Labels.SHIPPED);

  static {
    LANGUAGES.addAll(java.util.List.of("de-AT", "en-US", "pt-PT", "fr-CA"));
  }

  private static LocalDates dates(String tag) {
    return Labels.of(tag, Optional.empty(), new ArrayList<>()).dates();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en    | Mar 2019 – present                | 14 May 2021         | 2019
      en-US | March 2019 – present              | May 14, 2021        | 2019
      de    | März 2019 – heute                 | 14. Mai 2021        | 2019
      de-AT | Jänner 2019 – heute               | 14. Mai 2021        | 2019
      fr    | mars 2019 – aujourd’hui           | 14 mai 2021         | 2019
      es    | marzo de 2019 – actualidad        | 14 de mayo de 2021  | 2019
      it    | marzo 2019 – oggi                 | 14 maggio 2021      | 2019
      pt    | março de 2019 – atual             | 14 de maio de 2021  | 2019
      nl    | maart 2019 – heden                | 14 mei 2021         | 2019
      sv    | mars 2019 – nu                    | 14 maj 2021         | 2019
      pl    | marzec 2019 – obecnie             | 14 maja 2021        | 2019
      ru    | март 2019 г. – настоящее время    | 14 мая 2021 г.      | 2019 г.
      zh    | 2019年3月 – 至今                   | 2021年5月14日        | 2019年
      ja    | 2019年3月 – 現在                   | 2021年5月14日        | 2019年
      he    | מרץ 2019 – היום                   | 14 במאי 2021        | 2019
      """)
  void writesMonthNamesAndOrderFromTheLocalesCldrData(String tag, String period, String day, String year) {
    LocalDates dates = dates(tag);
    // de-AT's first month is the Austrian "Jänner"; the others start in March.
    PartialDate start = tag.equals("de-AT") ? PartialDate.ofMonth(2019, 1) : PartialDate.ofMonth(2019, 3);
    assertThat(dates.period(Optional.of(start), Optional.empty())).isEqualTo(period);
    assertThat(dates.format(PartialDate.ofDay(2021, 5, 14))).isEqualTo(day);
    assertThat(dates.format(PartialDate.ofYear(2019))).isEqualTo(year);
  }

  @Test
  void arabicKeepsItsMonthNamesAndWesternDigits() {
    assertThat(dates("ar").period(Optional.of(PartialDate.ofMonth(2019, 3)), Optional.empty())).isEqualTo("مارس 2019 – حتى الآن");
  }

  @Test
  void aPeriodWithOnlyAnEndPutsTheWordWhereTheLanguageDoes() {
    Optional<PartialDate> end = Optional.of(PartialDate.ofMonth(2020, 2));
    assertThat(dates("en").period(Optional.empty(), end)).isEqualTo("until Feb 2020");
    assertThat(dates("de").period(Optional.empty(), end)).isEqualTo("bis Februar 2020");
    assertThat(dates("ja").period(Optional.empty(), end)).isEqualTo("2020年2月まで");
  }

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  void readsBackEveryDateAndPeriodItWrites(String tag) {
    LocalDates dates = dates(tag);
    for (int year : new int[] {1, 999, 1990, 2026, 9999}) {
      check(dates, PartialDate.ofYear(year));
      for (int month = 1; month <= 12; month++) {
        check(dates, PartialDate.ofMonth(year, month));
        check(dates, PartialDate.ofDay(year, month, 1));
        check(dates, PartialDate.ofDay(year, month, 28));
      }
    }
    PartialDate start = PartialDate.ofMonth(2019, 3);
    PartialDate end = PartialDate.ofDay(2020, 11, 2);
    assertThat(dates.parsePeriod(dates.period(Optional.of(start), Optional.empty())).orElseThrow()).containsExactly(start, null);
    assertThat(dates.parsePeriod(dates.period(Optional.of(start), Optional.of(end))).orElseThrow()).containsExactly(start, end);
    assertThat(dates.parsePeriod(dates.period(Optional.empty(), Optional.of(end))).orElseThrow()).containsExactly(null, end);
    assertThat(dates.parsePeriod("sometime")).isEmpty();
  }

  @Test
  void refusesWhatIsNoDate() {
    assertThat(dates("en").parse("31 Feb 2020")).isEmpty();
    assertThat(dates("de").parse("31. Februar 2020")).isEmpty();
    assertThat(dates("en").parse("Mär 2020")).isEmpty();
  }

  private static void check(LocalDates dates, PartialDate date) {
    assertThat(dates.parse(dates.format(date))).as(dates.format(date)).contains(date);
  }
}
