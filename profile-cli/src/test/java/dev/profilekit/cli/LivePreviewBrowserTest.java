package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.render.html.Chromium;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The live preview in a real browser (headless Chromium through the DevTools protocol): the
 * page follows each save by itself, an invalid save shows its diagnostics (escaped), the last
 * good page is one click away, and the reload also works under a page's own strict
 * Content-Security-Policy.
 */
class LivePreviewBrowserTest {
  private static final String PROFILE =
      "schemaVersion: 1\nperson:\n  name: Sam Quill\n  label: Bookbinder\n";

  @TempDir Path dir;

  @BeforeAll
  static void needsChromium() {
    Chromium.require();
  }

  @Test
  void pageFollowsSavesShowsDiagnosticsWhileInvalidAndKeepsTheLastGoodPage() throws Exception {
    Path source = dir.resolve("me.yaml");
    Files.writeString(source, PROFILE);
    try (PreviewSession session = Previews.session(source, Optional.empty());
        DevTools browser = DevTools.launch()) {
      URI page = session.start("127.0.0.1", 0);
      browser.open(page);
      assertThat(browser.evaluate("document.body.innerText")).contains("Sam Quill", "Bookbinder");

      CompletableFuture<JsonNode> reload = browser.next("Page.loadEventFired");
      Saves.byRename(source, PROFILE.replace("Bookbinder", "Bookbinder and restorer"));
      DevTools.await(reload, "reload after a valid save");
      assertThat(browser.evaluate("document.body.innerText")).contains("Bookbinder and restorer");

      reload = browser.next("Page.loadEventFired");
      Saves.byRename(source, PROFILE.replace("label:", "labl:") + "\"<img src=x onerror=document.title='PWNED'>\": 1\n");
      DevTools.await(reload, "reload after an invalid save");
      String diagnostics = browser.evaluate("document.getElementById('diagnostics').innerText");
      assertThat(diagnostics)
          .contains("me.yaml:4:3: error: unknown key `labl` in person", "hint: did you mean `label`?")
          .contains("unknown key `<img src=x onerror=document.title='PWNED'>`");
      assertThat(browser.evaluate("document.title")).isEqualTo("2 errors in " + source);
      assertThat(browser.evaluate("String(document.querySelectorAll('#diagnostics img').length)")).isEqualTo("0");

      reload = browser.next("Page.loadEventFired");
      browser.evaluate("document.querySelector('a[href=\"/last-good\"]').click()");
      DevTools.await(reload, "the last good page");
      assertThat(browser.evaluate("location.pathname")).isEqualTo("/last-good");
      assertThat(browser.evaluate("document.body.innerText")).contains("Bookbinder and restorer");

      reload = browser.next("Page.loadEventFired");
      Saves.byRename(source, PROFILE.replace("Bookbinder", "Bookbinder, fixed"));
      DevTools.await(reload, "reload after the fix");
      assertThat(browser.evaluate("location.pathname")).isEqualTo("/");
      assertThat(browser.evaluate("document.body.innerText")).contains("Bookbinder, fixed");
      assertThat(browser.logMessages()).noneMatch(message -> message.contains("Content Security Policy"));
    }
  }

  @Test
  void reloadRunsUnderThePagesOwnStrictPolicyAndFollowsThemeEdits() throws Exception {
    Path source = dir.resolve("me.yaml");
    Files.writeString(source, PROFILE);
    Path theme = Files.createDirectories(dir.resolve("theme"));
    Files.writeString(theme.resolve("page.mustache"), themePage("first look"));
    try (PreviewSession session = Previews.session(source, Optional.of(theme));
        DevTools browser = DevTools.launch()) {
      browser.open(session.start("127.0.0.1", 0));
      assertThat(browser.evaluate("document.getElementById('who').innerText")).isEqualTo("Sam Quill, first look");
      assertThat(browser.evaluate("document.querySelector('meta[http-equiv]').content"))
          .matches("default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-[A-Za-z0-9+/=]+'; connect-src 'self'");

      CompletableFuture<JsonNode> reload = browser.next("Page.loadEventFired");
      Saves.byRename(theme.resolve("page.mustache"), themePage("second look"));
      DevTools.await(reload, "reload after a theme edit");
      assertThat(browser.evaluate("document.getElementById('who').innerText")).isEqualTo("Sam Quill, second look");

      reload = browser.next("Page.loadEventFired");
      Saves.byRename(source, PROFILE.replace("Sam Quill", "Sam Quill-Ink"));
      DevTools.await(reload, "reload after a profile edit");
      assertThat(browser.evaluate("document.getElementById('who').innerText")).isEqualTo("Sam Quill-Ink, second look");
    }
  }

  /** A page whose policy allows no script at all: the preview must add exactly its own. */
  private static String themePage(String words) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        + "<title>{{title}}</title></head><body><p id=\"who\">{{person.name}}, " + words + "</p></body></html>\n";
  }
}
