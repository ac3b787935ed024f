package dev.profilekit.render.jsonresume.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The verdicts are ajv-formats 3.0.1's own ("full" mode), found by running it on each value. */
class AjvFormatsTest {
  @ParameterizedTest
  @ValueSource(strings = {"mara@example.com", "first.last+tag@sub.example.co.uk", "o'neil@example.ie", "A@EXAMPLE.COM"})
  void acceptsTheEmailsAjvFormatsAccepts(String email) {
    assertThat(AjvFormats.isEmail(email)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"zoë@example.com", "a@localhost", "\"q q\"@example.com", "ada at example", "a@example.com\n",
      "a@-example.com", ".a@example.com", "a..b@example.com", ""})
  void rejectsTheEmailsAjvFormatsRejects(String email) {
    assertThat(AjvFormats.isEmail(email)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com/", "http://localhost:8080/a?b=c#d", "mailto:ada@example.com",
      "urn:isbn:0451450523", "ftp://[::1]/x"})
  void acceptsTheUrisAjvFormatsAccepts(String uri) {
    assertThat(AjvFormats.isUri(uri)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"missdirection.example.com", "//certs.example.org/zoe", "www.example.com/about", "",
      "https://example.com/a b", "https://exämple.com/", "https://example.com/\n"})
  void rejectsTheUrisAjvFormatsRejects(String uri) {
    assertThat(AjvFormats.isUri(uri)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-02-29", "2000-02-29", "2021-12-31"})
  void acceptsCalendarDates(String date) {
    assertThat(AjvFormats.isDate(date)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-02-29", "1900-02-29", "2021-02-30", "2019-13-01", "2019-00-10", "2019-06", "2019-06-01\n"})
  void rejectsWhatTheCalendarDoesNotHave(String date) {
    assertThat(AjvFormats.isDate(date)).isFalse();
  }
}
