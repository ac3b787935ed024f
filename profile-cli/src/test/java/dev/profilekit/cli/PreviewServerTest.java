package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import dev.profilekit.render.html.HtmlChecker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The preview server over raw HTTP: what it serves, and what it refuses. */
class PreviewServerTest {
  private static final String PROFILE =
      "schemaVersion: 1\nperson:\n  name: Sam Quill\n  label: Bookbinder\n";

  @TempDir Path dir;
  private Path source;
  private PreviewSession session;
  private final StringWriter terminal = new StringWriter();
  private int port;

  @BeforeEach
  void start() throws IOException {
    source = dir.resolve("me.yaml");
    Files.writeString(source, PROFILE);
    session = Previews.session(source, Optional.empty(), terminal);
    port = session.start("127.0.0.1", 0).getPort();
  }

  @AfterEach
  void stop() {
    session.close();
  }

  record Response(int status, String headers, String body) {}

  /** Sends the request line exactly as given: no client normalises the path on the way. */
  private Response request(String method, String target, String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String headers = all.substring(0, split);
      return new Response(Integer.parseInt(headers.split(" ")[1]), headers, all.substring(split + 4));
    }
  }

  private Response get(String target) throws IOException {
    return request("GET", target, "127.0.0.1:" + port);
  }

  @Test
  void listensOnLoopbackOnlyByDefault() throws IOException {
    // The address `profile serve` listens on when no --host is given, as picocli applies it.
    String defaultHost = new CommandLine(new ServeCommand()).getCommandSpec().findOption("--host").defaultValue();
    try (PreviewSession byDefault = Previews.session(source, Optional.empty())) {
      int defaultPort = byDefault.start(defaultHost, 0).getPort();

      assertThat(byDefault.server().address().getAddress().isLoopbackAddress()).isTrue();
      Optional<InetAddress> external = externalAddress();
      assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");
      try (Socket socket = new Socket()) {
        assertThatThrownBy(() -> socket.connect(new InetSocketAddress(external.get(), defaultPort), 5_000))
            .isInstanceOf(ConnectException.class);
      }
    }
  }

  @Test
  void boundToEveryInterfaceItPrintsALocalAddressToOpen() throws IOException {
    try (PreviewSession everywhere = Previews.session(source, Optional.empty())) {
      java.net.URI printed = everywhere.start("0.0.0.0", 0);

      assertThat(printed.getHost()).isEqualTo("localhost");
      assertThat(printed.getPort()).isEqualTo(everywhere.server().address().getPort());
    }
  }

  private static Optional<InetAddress> externalAddress() throws SocketException {
    for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (network.isUp() && !network.isLoopback()) {
        for (InetAddress address : Collections.list(network.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
            return Optional.of(address);
          }
        }
      }
    }
    return Optional.empty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "//etc/passwd",
      "/cv.md/../../../etc/passwd", "/me.yaml", "/cv.md%00.html"})
  void pathsOutsideTheServedSetAreNotFound(String target) throws IOException {
    Response response = get(target);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("root:", "Sam Quill");
  }

  @Test
  void aMalformedPathIsABadRequest() throws IOException {
    Response response = get("/..\\..\\etc\\passwd");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("root:", "Sam Quill");
  }

  @Test
  void servesThePageWithItsReloadScriptAndTheOtherFormatsAtTheirPaths() throws IOException {
    Response page = get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.headers()).contains("Content-type: text/html; charset=utf-8", "Cache-control: no-store");
    assertThat(page.body()).contains("Sam Quill").containsPattern("<script nonce=\"[^\"]+\">.*EventSource\\('/events\\?since=1'\\)");
    assertThat(HtmlChecker.errors(page.body())).isEmpty();

    assertThat(get("/cv.md").body()).startsWith("---\n").contains("Sam Quill");
    Response resume = get("/cv.resume.json");
    assertThat(resume.headers()).contains("application/json");
    assertThat(resume.body()).contains("\"basics\"", "\"name\": \"Sam Quill\"");
    assertThat(get("/cv.html").body()).contains("Sam Quill").doesNotContain("EventSource");
    assertThat(get("/cv.yaml").body()).isEqualTo(PROFILE);
  }

  @Test
  void refusesRequestsAddressedToAnotherHostName() throws IOException {
    Response rebound = request("GET", "/cv.resume.json", "attacker.example:" + port);

    assertThat(rebound.status()).isEqualTo(403);
    assertThat(rebound.body()).doesNotContain("Sam Quill");
    assertThat(request("GET", "/", "localhost:" + port).status()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:8080", "127.0.0.1", "localhost:1", "LOCALHOST", "[::1]:8080", "[0:0:0:0:0:0:0:1]", "127.4.5.6:80",
      "[::ffff:127.0.0.1]"})
  void loopbackNamesAndLiteralsAreThisMachine(String host) {
    assertThat(PreviewServer.isLoopbackName(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "attacker.example", "localhost.attacker.example:80", "127.0.0.1.attacker.example",
      "10.0.0.1:80", "[::2]:80", "[::1]x", "[::1", "evil:127.0.0.1", "0x7f.1",
      // Brackets hold IPv6 literals only: neither a name (no DNS look-up) nor an IPv4 address.
      "[cafe.de]", "[cafe.de]:80", "[127.0.0.1]", "[127.1]:80", "[::1.attacker.example]"})
  void otherHostsAreNot(String host) {
    assertThat(PreviewServer.isLoopbackName(host)).isFalse();
  }

  @Test
  void answersOnlyGetAndHead() throws IOException {
    assertThat(request("POST", "/", "127.0.0.1:" + port).status()).isEqualTo(405);
    Response head = request("HEAD", "/", "127.0.0.1:" + port);
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    Response events = request("HEAD", "/events", "127.0.0.1:" + port);
    assertThat(events.status()).isEqualTo(200);
    assertThat(events.headers()).contains("text/event-stream");
    assertThat(events.body()).isEmpty();
  }

  @Test
  void whileInvalidThePageIsTheEscapedDiagnosticsAndTheOtherFormatsSayWhy() throws Exception {
    CompletableFuture<String> reload = nextReload(1);
    Saves.byRename(source, PROFILE + "\"<script>alert(1)</script>\": 1\n");
    assertThat(reload.get(30, TimeUnit.SECONDS)).isEqualTo("event: reload");

    Response page = get("/");
    assertThat(page.headers()).containsPattern("Content-security-policy: default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-");
    assertThat(page.body())
        .contains("me.yaml:5:1: </span>error: unknown key `&lt;script&gt;alert(1)&lt;/script&gt;`")
        .doesNotContain("<script>alert(1)")
        .contains("<a href=\"/last-good\">");
    Response markdown = get("/cv.md");
    assertThat(markdown.status()).isEqualTo(409);
    assertThat(markdown.body()).contains("me.yaml:5:1: error: unknown key");
    assertThat(get("/last-good").body()).contains("Sam Quill");
    assertThat(terminal.toString()).contains("1 error, shown in the browser").containsOnlyOnce("[unknown-key]");
  }

  /** The first line after the stream's preamble of a browser's event stream opened at {@code version}. */
  private CompletableFuture<String> nextReload(long version) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(30_000);
    socket.getOutputStream().write(("GET /events?since=" + version + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    return CompletableFuture.supplyAsync(() -> {
      try (socket) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith("event:")) {
            return line;
          }
        }
        return "closed";
      } catch (IOException e) {
        return "failed: " + e;
      }
    });
  }

  @Test
  void anEventStreamOpenedAfterAChangeReloadsAtOnce() throws Exception {
    assertThat(nextReload(0).get(30, TimeUnit.SECONDS)).isEqualTo("event: reload");
  }
}
