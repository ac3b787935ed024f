package dev.profilekit.render.jsonresume.internal;

import java.util.regex.Pattern;

/**
 * The {@code email}, {@code uri} and {@code date} formats as ajv-formats (3.x, "full" mode)
 * checks them: the JSON Resume tools validate with it, so a value Profile Kit calls valid must be
 * one they accept too. The patterns are ajv-formats' own, transcribed from its
 * {@code dist/formats.js} (MIT licence), with JavaScript's end of input {@code $} written {@code \z}
 * (Java's {@code $} would also match before a final line break).
 */
final class AjvFormats {
  private AjvFormats() {}

  private static final Pattern EMAIL =
      Pattern.compile(
          "^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\z",
          Pattern.CASE_INSENSITIVE);

  /** ajv-formats' {@code NOT_URI_FRAGMENT}: a URI needs a slash or a colon somewhere. */
  private static final Pattern NOT_URI_FRAGMENT = Pattern.compile("/|:");

  private static final Pattern URI =
      Pattern.compile(
          "^(?:[a-z][a-z0-9+\\-.]*:)(?:\\/?\\/(?:(?:[a-z0-9\\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\\[(?:("
          + "?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){"
          + "4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){"
          + "0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9"
          + "a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:("
          + "?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?))|(?:(?:[0-9a-f]{1,4}:)"
          + "{0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a"
          + "-f]+\\.[a-z0-9\\-._~!$&'()*+,;=:]+)\\]|(?:(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0"
          + "-4]\\d|[01]?\\d\\d?)|(?:[a-z0-9\\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\\d*)?(?:\\/(?:[a-z0-9\\-._~"
          + "!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\\/(?:(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\\/(?:["
          + "a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+("
          + "?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\\?(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%["
          + "0-9a-f]{2})*)?(?:#(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?\\z",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DATE = Pattern.compile("^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)\\z");
  private static final int[] DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  static boolean isEmail(String text) {
    return EMAIL.matcher(text).find();
  }

  static boolean isUri(String text) {
    return NOT_URI_FRAGMENT.matcher(text).find() && URI.matcher(text).find();
  }

  /** A full date, YYYY-MM-DD, that the calendar has (RFC 3339 full-date). */
  static boolean isDate(String text) {
    var matcher = DATE.matcher(text);
    if (!matcher.find()) {
      return false;
    }
    int year = Integer.parseInt(matcher.group(1));
    int month = Integer.parseInt(matcher.group(2));
    int day = Integer.parseInt(matcher.group(3));
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month >= 1 && month <= 12 && day >= 1 && day <= (month == 2 && leap ? 29 : DAYS[month]);
  }
}
