package dev.profilekit.cli;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few lines of script that reload a preview page when the source changes: they listen to
 * the server's event stream and reload on the first event. The script carries a fresh nonce;
 * when the page has a Content-Security-Policy of its own, the policy is extended by exactly that
 * nonce (and by {@code connect-src 'self'} for the event stream), so the page's own rules stay
 * as strict as they were.
 */
final class ReloadScript {
  static final String EVENTS_PATH = "/events";
  static final String LAST_GOOD_PATH = "/last-good";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern META_CSP = Pattern.compile(
      "<meta\\b[^>]*\\bhttp-equiv\\s*=\\s*([\"']?)content-security-policy\\1[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTENT = Pattern.compile(
      "\\bcontent\\s*=\\s*(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
  private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);

  private ReloadScript() {}

  /** A fresh nonce for one response. */
  static String nonce() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * The script element: it asks for events newer than {@code version}, and on one it reloads (or,
   * from the last good page, goes back to the current one).
   */
  static String element(String nonce, long version) {
    return "<script nonce=\"" + nonce + "\">(function(){"
        + "var s=new EventSource('" + EVENTS_PATH + "?since=" + version + "');"
        + "s.addEventListener('reload',function(){s.close();"
        + "if(location.pathname==='" + LAST_GOOD_PATH + "'){location.replace('/');}else{location.reload();}});"
        + "})();</script>";
  }

  /** {@code html} with the script before its closing body tag and its policy, if any, admitting it. */
  static String inject(String html, String nonce, long version) {
    String page = allowInPolicy(html, nonce);
    String script = element(nonce, version);
    int end = -1;
    Matcher body = BODY_END.matcher(page);
    while (body.find()) {
      end = body.start();
    }
    return end < 0 ? page + script : page.substring(0, end) + script + "\n" + page.substring(end);
  }

  private static String allowInPolicy(String html, String nonce) {
    Matcher meta = META_CSP.matcher(html);
    StringBuilder out = new StringBuilder();
    int copied = 0;
    while (meta.find()) {
      Matcher content = CONTENT.matcher(meta.group());
      if (!content.find()) {
        continue;
      }
      String policy = unescape(content.group(2) != null ? content.group(2) : content.group(3));
      String tag = meta.group().substring(0, content.start()) + "content=\"" + escape(extend(policy, nonce)) + "\""
          + meta.group().substring(content.end());
      out.append(html, copied, meta.start()).append(tag);
      copied = meta.end();
    }
    return out.append(html.substring(copied)).toString();
  }

  /** The policy with the nonce allowed to run and the event stream allowed to connect. */
  static String extend(String policy, String nonce) {
    Map<String, List<String>> directives = parse(policy);
    List<String> fallback = directives.get("default-src");
    List<String> scripts = directives.containsKey("script-src") ? directives.get("script-src") : fallback;
    if (scripts != null && !allowsInlineWithoutNonce(scripts)) {
      directives.put("script-src", with(scripts, "'nonce-" + nonce + "'"));
    }
    List<String> connect = directives.containsKey("connect-src") ? directives.get("connect-src") : fallback;
    if (connect != null && !connect.contains("'self'") && !connect.contains("*")) {
      directives.put("connect-src", with(connect, "'self'"));
    }
    List<String> written = new ArrayList<>();
    directives.forEach((name, sources) -> written.add(sources.isEmpty() ? name : name + " " + String.join(" ", sources)));
    return String.join("; ", written);
  }

  /**
   * {@code 'unsafe-inline'} already runs the script, and adding a nonce would switch it off for
   * the page's own inline scripts.
   */
  private static boolean allowsInlineWithoutNonce(List<String> sources) {
    return sources.contains("'unsafe-inline'")
        && sources.stream().noneMatch(s -> s.startsWith("'nonce-") || s.startsWith("'sha") || s.equals("'strict-dynamic'"));
  }

  private static List<String> with(List<String> sources, String added) {
    List<String> result = new ArrayList<>(sources);
    result.remove("'none'");
    result.add(added);
    return result;
  }

  private static Map<String, List<String>> parse(String policy) {
    Map<String, List<String>> directives = new LinkedHashMap<>();
    for (String directive : policy.split(";")) {
      String[] words = directive.trim().split("\\s+");
      if (words.length == 0 || words[0].isEmpty()) {
        continue;
      }
      String name = words[0].toLowerCase(Locale.ROOT);
      // As browsers do: a repeated directive is ignored.
      directives.putIfAbsent(name, new ArrayList<>(List.of(words).subList(1, words.length)));
    }
    return directives;
  }

  private static String unescape(String attribute) {
    return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&apos;", "'")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  private static String escape(String attribute) {
    return attribute.replace("&", "&amp;").replace("\"", "&quot;");
  }
}
