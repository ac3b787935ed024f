package dev.profilekit.model.check.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.CountingText;
import dev.profilekit.model.SourcePosition;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code check} on pathological text does work linear in its size, measured by characters read
 * (never by a clock): the bound is a generous constant times the input's length.
 */
class LinearCheckWorkTest {
  private static final int GENEROUS = 20;

  @Test
  void theYearsPatternOnADigitAndFortyThousandSpacesWasQuadraticAndIsNowLinear() {
    CountingText statement = new CountingText("1" + " ".repeat(40_000));

    assertThat(ExperienceSpan.claimedYears(statement)).isEmpty();
    assertThat(statement.reads()).isLessThan((long) GENEROUS * statement.length());
  }

  @Test
  void theYearsPatternStillReadsEveryUsualSpelling() {
    assertThat(ExperienceSpan.claimedYears("10+ years of Python")).isEqualTo(OptionalInt.of(10));
    assertThat(ExperienceSpan.claimedYears("7 + yrs of Go")).isEqualTo(OptionalInt.of(7));
    assertThat(ExperienceSpan.claimedYears("3years")).isEqualTo(OptionalInt.of(3));
    assertThat(ExperienceSpan.claimedYears("for 12   year")).isEqualTo(OptionalInt.of(12));
  }

  @Test
  void twentyThousandPlaceholdersWereEachRecountedFromTheStartAndAreNowLocatedInOnePass() {
    int count = 20_000;
    String value = "TODO ".repeat(count).strip();
    String source = "summary: " + value + "\n";
    SourceLocator locator = new SourceLocator(source);
    SourcePosition field = SourcePosition.of("me.yaml", 1, 10);
    PlaceholderScanner scanner = new PlaceholderScanner(java.util.List.of(Pattern.compile("TODO")));

    int located = 0;
    for (PlaceholderScanner.Hit hit : scanner.scan(value)) {
      SourcePosition at = locator.locate(field, value, hit.start(), hit.end()).orElseThrow();
      assertThat(at.column()).isEqualTo(10 + hit.start());
      located++;
    }

    assertThat(located).isEqualTo(count);
    assertThat(locator.charactersScanned()).isLessThan((long) GENEROUS * source.length());
  }

  @Test
  void theSameWordsInTwoFieldsAreEachFoundAtTheirOwnPlace() {
    String source = "a: TODO x TODO\nb: TODO\n";
    SourceLocator locator = new SourceLocator(source);
    assertThat(locator.locate(SourcePosition.of("f", 1, 4), "TODO x TODO", 7, 11))
        .hasValue(SourcePosition.of("f", 1, 11));
    assertThat(locator.locate(SourcePosition.of("f", 2, 4), "TODO", 0, 4)).hasValue(SourcePosition.of("f", 2, 4));
    // Out of order for the first field again: starts over, still right.
    assertThat(locator.locate(SourcePosition.of("f", 1, 4), "TODO x TODO", 0, 4)).hasValue(SourcePosition.of("f", 1, 4));
  }
}
