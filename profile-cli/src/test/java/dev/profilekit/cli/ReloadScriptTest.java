package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReloadScriptTest {
  private static final String NONCE = "abc123";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "default-src 'none'; style-src 'unsafe-inline'"
          + "|default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-abc123'; connect-src 'self'",
      "default-src 'self'|default-src 'self'; script-src 'self' 'nonce-abc123'",
      "script-src 'none'; img-src https:|script-src 'nonce-abc123'; img-src https:",
      "script-src 'sha256-xyz' 'strict-dynamic'; connect-src https://api.example"
          + "|script-src 'sha256-xyz' 'strict-dynamic' 'nonce-abc123'; connect-src https://api.example 'self'",
      "script-src 'self' 'unsafe-inline'; connect-src *|script-src 'self' 'unsafe-inline'; connect-src *",
      "img-src *; frame-ancestors 'none'|img-src *; frame-ancestors 'none'",
      "Script-Src 'self'; script-src 'none'|script-src 'self' 'nonce-abc123'",
  })
  void policyAdmitsExactlyTheNonceAndTheEventStream(String policy, String extended) {
    assertThat(ReloadScript.extend(policy, NONCE)).isEqualTo(extended);
  }

  @Test
  void scriptGoesBeforeTheLastClosingBodyTagAndAMetaPolicyIsExtendedInPlace() {
    String page = "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;\">"
        + "</head><body><p>&lt;/body&gt;</p></BODY></html>";

    String injected = ReloadScript.inject(page, NONCE, 7);

    assertThat(injected)
        .startsWith("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "script-src 'nonce-abc123'; connect-src 'self'\"></head><body><p>&lt;/body&gt;</p><script nonce=\"abc123\">")
        .contains("new EventSource('/events?since=7')")
        .endsWith("</script>\n</BODY></html>");
  }

  @Test
  void pageWithoutPolicyOrBodyTagGetsTheScriptAtItsEnd() {
    assertThat(ReloadScript.inject("<p>x</p>", NONCE, 1)).startsWith("<p>x</p><script nonce=\"abc123\">");
  }

  @Test
  void everyNonceIsNew() {
    assertThat(ReloadScript.nonce()).isNotEqualTo(ReloadScript.nonce()).matches("[A-Za-z0-9+/]{24}");
  }
}
