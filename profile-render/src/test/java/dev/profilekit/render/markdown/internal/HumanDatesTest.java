package dev.profilekit.render.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.PartialDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HumanDatesTest {
  @Test
  void writesDatesForPeopleAndReadsEachBackExactly() {
    for (int year : new int[] {1, 999, 1990, 2026, 9999}) {
      check(PartialDate.ofYear(year));
      for (int month = 1; month <= 12; month++) {
        check(PartialDate.ofMonth(year, month));
        check(PartialDate.ofDay(year, month, 1));
        check(PartialDate.ofDay(year, month, 28));
      }
    }
    assertThat(HumanDates.format(PartialDate.ofDay(2021, 5, 14))).isEqualTo("14 May 2021");
  }

  @Test
  void writesPeriodsWithPresentAndUntil() {
    PartialDate start = PartialDate.ofMonth(2019, 3);
    PartialDate end = PartialDate.ofYear(2020);

    assertThat(HumanDates.formatPeriod(Optional.of(start), Optional.empty())).isEqualTo("Mar 2019 – present");
    assertThat(HumanDates.formatPeriod(Optional.of(start), Optional.of(end))).isEqualTo("Mar 2019 – 2020");
    assertThat(HumanDates.formatPeriod(Optional.empty(), Optional.of(end))).isEqualTo("until 2020");
    assertThat(HumanDates.parsePeriod("Mar 2019 – present").orElseThrow()).containsExactly(start, null);
    assertThat(HumanDates.parsePeriod("until 2020").orElseThrow()).containsExactly(null, end);
    assertThat(HumanDates.parsePeriod("sometime")).isEmpty();
    assertThat(HumanDates.parse("31 Feb 2020")).isEmpty();
  }

  private static void check(PartialDate date) {
    assertThat(HumanDates.parse(HumanDates.format(date))).contains(date);
  }
}
