package dev.profilekit.render.jsonresume.internal;

import dev.profilekit.render.jsonresume.internal.JsonResumeShape.Check;
import java.util.regex.Pattern;

/**
 * Whether a value passes the official schema's assertion where JSON Resume puts it. The format
 * checks are ajv-formats' (see {@link AjvFormats}), as the JSON Resume tools apply them; the
 * writer, the reader's warnings and {@code validate --as jsonresume} all ask here, so they cannot
 * disagree.
 */
final class ValueChecks {
  private ValueChecks() {}

  /** The {@code iso8601} pattern of the JSON Resume 1.0.0 schema, verbatim. */
  private static final Pattern PARTIAL_DATE =
      Pattern.compile("^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$");

  static boolean passes(Check check, Object value) {
    if (check == Check.NONE) {
      return true;
    }
    if (!(value instanceof String)) {
      return false;
    }
    String text = (String) value;
    switch (check) {
      case URI:
        return AjvFormats.isUri(text);
      case EMAIL:
        return AjvFormats.isEmail(text);
      case PARTIAL_DATE:
        return PARTIAL_DATE.matcher(text).matches();
      case FULL_DATE:
        return AjvFormats.isDate(text);
      default:
        return true;
    }
  }

  /**
   * Whether the profile validator's URL check warns about {@code value} (no scheme, not a web
   * scheme, or malformed): the reader then leaves the warning to it.
   */
  static boolean profileValidatorFlags(Object value) {
    try {
      String scheme = new java.net.URI(String.valueOf(value)).getScheme();
      return scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    } catch (java.net.URISyntaxException e) {
      return true;
    }
  }

  /** Why a value fails {@code check}, for the loss report. */
  static String why(Check check) {
    switch (check) {
      case URI:
        return "is not an absolute URI (JSON Resume wants a scheme, e.g. https://)";
      case EMAIL:
        return "is not an email address JSON Resume accepts";
      case PARTIAL_DATE:
        return "is not a date JSON Resume accepts (YYYY, YYYY-MM or YYYY-MM-DD, years 1000 to 2999)";
      case FULL_DATE:
        return "is not a full date (JSON Resume 1.0.0 wants YYYY-MM-DD here)";
      default:
        return "is not valid here";
    }
  }
}
