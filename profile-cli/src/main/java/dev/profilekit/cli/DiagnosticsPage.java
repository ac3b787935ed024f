package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import java.util.List;

/**
 * The page the preview shows in place of the CV while the source has errors: each diagnostic
 * with its place, message, path, code and hint, every text escaped, and a link to the last good
 * page. It reloads itself like the CV page does.
 */
final class DiagnosticsPage {
  /** The policy this page is served with: nothing runs or loads but its own style and script. */
  static String policy(String nonce) {
    return "default-src 'none'; style-src 'nonce-" + nonce + "'; script-src 'nonce-" + nonce + "'; connect-src 'self';"
        + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  }

  private DiagnosticsPage() {}

  static String render(String source, List<Diagnostic> errors, boolean hasLastGood, String nonce, long version) {
    StringBuilder page = new StringBuilder(2048);
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in " + source))
        .append("</title>\n<style nonce=\"").append(nonce).append("\">")
        .append("body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b2128}")
        .append("h1{font-size:1.4rem;color:#a23b3b}li{margin:.75rem 0;list-style:none}")
        .append("code{font:14px ui-monospace,monospace;overflow-wrap:anywhere}.where{color:#46515c}.hint{color:#1d5c86}")
        .append("@media (prefers-color-scheme: dark){body{background:#0d1014;color:#e6e9ed}.where{color:#b7c0c9}"
            + ".hint{color:#86bde6}h1{color:#e08a8a}a{color:#86bde6}}")
        .append("</style>\n</head>\n<body>\n<main id=\"diagnostics\">\n<h1>")
        .append(escape(source)).append(errors.size() == 1 ? " has an error" : " has " + errors.size() + " errors")
        .append("</h1>\n<p>The page shows again as soon as the file is valid.");
    if (hasLastGood) {
      page.append(" <a href=\"").append(ReloadScript.LAST_GOOD_PATH).append("\">Show the last good page</a>");
    }
    page.append("</p>\n<ul>\n");
    for (Diagnostic error : errors) {
      page.append("<li class=\"diagnostic\"><code><span class=\"where\">");
      error.position().ifPresent(p -> page.append(escape(p.toString())).append(": "));
      page.append("</span>").append(escape(error.severity().id())).append(": ").append(escape(error.message()));
      error.path().ifPresent(p -> page.append(" (at ").append(escape(p)).append(')'));
      page.append(" [").append(escape(error.code())).append("]</code>");
      error.hint().ifPresent(h -> page.append("<br><code class=\"hint\">hint: ").append(escape(h)).append("</code>"));
      page.append("</li>\n");
    }
    page.append("</ul>\n</main>\n").append(ReloadScript.element(nonce, version)).append("\n</body>\n</html>\n");
    return page.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
