package dev.profilekit.render.html.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which URLs may become an {@code href} or {@code src}: http, https, mailto and tel
 * (images: http and https), and relative URLs. Anything else — {@code javascript:},
 * {@code data:}, {@code vbscript:} — is refused, however it is disguised: browsers ignore
 * whitespace and control characters inside a scheme, and an attribute value may spell
 * characters as entities, so both are undone before the scheme is read.
 */
final class SafeUrls {
  static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
  static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
  private static final Pattern NUMERIC_ENTITY =
      Pattern.compile("&#(x[0-9a-f]+|[0-9]+);?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMED_ENTITY =
      Pattern.compile("&(colon|tab|newline|sol|period|lpar|rpar);?", Pattern.CASE_INSENSITIVE);

  private SafeUrls() {}

  /** The URL, trimmed, when its scheme is one of {@code allowed} or it has none; else empty. */
  static Optional<String> check(String url, Set<String> allowed) {
    String trimmed = url.strip();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    return scheme(trimmed).map(allowed::contains).orElse(true)
        ? Optional.of(encodeUnsafeCharacters(trimmed))
        : Optional.empty();
  }

  /**
   * Percent-encodes what may not appear in a URL as written (spaces, quotes, angle brackets,
   * controls…), so an allowed URL is also a valid one.
   */
  static String encodeUnsafeCharacters(String url) {
    StringBuilder encoded = new StringBuilder(url.length());
    for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c <= 0x20 || c >= 0x7f || "\"<>`{}|\\^".indexOf(c) >= 0) {
        encoded.append('%').append(String.format("%02X", c));
      } else {
        encoded.append((char) c);
      }
    }
    return encoded.toString();
  }

  static boolean isSafeImage(String url) {
    return check(url, IMAGE_SCHEMES).isPresent();
  }

  /** The scheme as a browser would read it, lower case; empty for a relative URL. */
  static Optional<String> scheme(String url) {
    String plain = withoutInvisibles(decodeEntities(withoutInvisibles(url))).toLowerCase(Locale.ROOT);
    Matcher m = SCHEME.matcher(plain);
    if (m.find()) {
      return Optional.of(m.group(1));
    }
    // "java script:" or "1javascript:" are not schemes to a browser, but refuse anything that
    // puts a colon before the first path, query or fragment character rather than guess.
    int colon = plain.indexOf(':');
    if (colon >= 0) {
      int end = firstOf(plain, "/?#");
      if (end < 0 || colon < end) {
        return Optional.of(plain.substring(0, colon));
      }
    }
    return Optional.empty();
  }

  private static int firstOf(String text, String characters) {
    int first = -1;
    for (char c : characters.toCharArray()) {
      int at = text.indexOf(c);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  private static String withoutInvisibles(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> c > 0x20 && c != 0x7f && !Character.isWhitespace(c) && !Character.isISOControl(c)
            && Character.getType(c) != Character.FORMAT)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static String decodeEntities(String text) {
    String decoded = text;
    for (int round = 0; round < 3 && decoded.indexOf('&') >= 0; round++) {
      decoded = NUMERIC_ENTITY.matcher(decoded).replaceAll(m -> Matcher.quoteReplacement(numeric(m.group(1))));
      decoded = NAMED_ENTITY.matcher(decoded).replaceAll(m -> Matcher.quoteReplacement(named(m.group(1))));
    }
    return decoded;
  }

  private static String numeric(String reference) {
    try {
      int codePoint =
          reference.charAt(0) == 'x' || reference.charAt(0) == 'X'
              ? Integer.parseInt(reference.substring(1), 16)
              : Integer.parseInt(reference);
      return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "";
    } catch (NumberFormatException e) {
      return "";
    }
  }

  private static String named(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "colon":
        return ":";
      case "sol":
        return "/";
      case "period":
        return ".";
      case "lpar":
        return "(";
      case "rpar":
        return ")";
      default:
        return "";
    }
  }
}
