package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link PartialDate#tryParse} reads by hand what the pattern it replaced accepted, and nothing else. */
class PartialDateParsingTest {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private static Optional<String> byPattern(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      int year = Integer.parseInt(m.group(1));
      PartialDate date = m.group(2) == null ? PartialDate.ofYear(year)
          : m.group(3) == null ? PartialDate.ofMonth(year, Integer.parseInt(m.group(2)))
          : PartialDate.ofDay(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      return Optional.of(date.toString());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  @Test
  void acceptsExactlyWhatTheIsoPatternAccepted() {
    List<String> texts = List.of("2019", "2019-06", "2019-06-01", "1000", "9999", "0000", "0001", "201", "20190",
        "2019-6", "2019-06-1", "2019/06", "2019-13", "2019-00", "2019-02-29", "2020-02-29", "2019-02-30",
        "2019-12-31", "2019-12-32", " 2019", "2019 ", "2019-", "2019-06-", "+019", "-019", "\u0662\u0660\u0661\u0669",
        "２０１９", "2019-06-01T00", "", "abcd", "20a9", "2019-0a", "2019-06-0a", "2019x06", "2019-06x01");
    for (String text : texts) {
      assertThat(PartialDate.tryParse(text).map(PartialDate::toString)).as(text).isEqualTo(byPattern(text));
    }
  }
}
