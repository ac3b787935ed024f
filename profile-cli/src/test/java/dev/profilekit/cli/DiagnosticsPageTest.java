package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Severity;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.render.html.HtmlChecker;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsPageTest {
  private static final Diagnostic HOSTILE = Diagnostic.builder()
      .severity(Severity.ERROR)
      .code("unknown-key")
      .message("unknown key `<img src=x onerror=\"alert('x')\">` & more")
      .path("$['<b>']")
      .position(SourcePosition.of("<me>.yaml", 3, 1))
      .hint("did you mean `</code><script>`?")
      .build();

  @Test
  void everyTextIsEscapedAndEachPartIsShown() {
    String page = DiagnosticsPage.render("<me>.yaml", List.of(HOSTILE), true, "n0nce", 4);

    assertThat(page)
        .contains("<title>1 error in &lt;me&gt;.yaml</title>")
        .contains("&lt;me&gt;.yaml:3:1: </span>error: unknown key `&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;` &amp; more"
            + " (at $[&#39;&lt;b&gt;&#39;]) [unknown-key]</code>")
        .contains("<code class=\"hint\">hint: did you mean `&lt;/code&gt;&lt;script&gt;`?</code>")
        .contains("<a href=\"/last-good\">Show the last good page</a>")
        .doesNotContain("<img", "<b>", "<script>`");
    assertThat(page.split("<script", -1)).hasSize(2);
    assertThat(HtmlChecker.errors(page)).isEmpty();
  }

  @Test
  void withoutAGoodPageYetThereIsNoLinkToOne() {
    assertThat(DiagnosticsPage.render("me.yaml", List.of(HOSTILE), false, "n0nce", 1)).doesNotContain("/last-good\"");
  }

  @Test
  void policyLetsOnlyTheNoncedStyleAndScriptRun() {
    assertThat(DiagnosticsPage.policy("n0nce"))
        .startsWith("default-src 'none'; style-src 'nonce-n0nce'; script-src 'nonce-n0nce'; connect-src 'self';");
  }
}
