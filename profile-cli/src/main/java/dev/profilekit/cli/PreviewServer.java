package dev.profilekit.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * The preview's web server, on the JDK's built-in HTTP server. It serves a fixed set of paths
 * and nothing from the file system: {@code /} is the page (or the diagnostics while the source
 * is invalid), {@code /last-good} the last page that rendered, {@code /cv.html} the page exactly
 * as {@code convert} writes it, {@code /cv.md}, {@code /cv.resume.json} and the other writable
 * formats at {@code /cv} plus their file ending, and {@code /events} the stream that tells
 * browsers to reload. Every other path is a 404. On a loopback address it answers only requests
 * addressed to a loopback name, so a web page elsewhere cannot read the profile through DNS
 * rebinding.
 */
final class PreviewServer implements AutoCloseable {
  private static final long KEEP_ALIVE_MILLIS = 15_000;
  private static final int MAX_EVENT_STREAMS = 64;

  private final PreviewState state;
  private final String source;
  private final HttpServer server;
  private final ExecutorService threads;
  private final boolean loopbackOnly;
  private final Map<String, Format> formatsByPath;
  private final AtomicInteger eventStreams = new AtomicInteger();

  PreviewServer(PreviewState state, String source, String host, int port) throws IOException {
    this.state = state;
    this.source = source;
    InetAddress address = InetAddress.getByName(host);
    this.loopbackOnly = address.isLoopbackAddress();
    this.formatsByPath = servedFormats();
    AtomicInteger count = new AtomicInteger();
    this.threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "profile-serve-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.server = HttpServer.create(new InetSocketAddress(address, port), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The address the server listens on (with the port it was given when asked for port 0). */
  InetSocketAddress address() {
    return server.getAddress();
  }

  /** The page's address, as printed for people to open. */
  URI uri() {
    InetSocketAddress bound = address();
    // Bound to every interface (--host 0.0.0.0 or ::), the page is still opened from this machine.
    String host = bound.getAddress().isAnyLocalAddress() ? "localhost" : bound.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = bound.getAddress().isLoopbackAddress() ? "[::1]" : "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + bound.getPort() + "/");
  }

  /** The paths the other formats are served at, for the start-up message. */
  Set<String> formatPaths() {
    return formatsByPath.keySet();
  }

  private static Map<String, Format> servedFormats() {
    Map<String, Format> byPath = new LinkedHashMap<>();
    for (Format format : Formats.standard().all()) {
      if (format.writer().isPresent() && !format.id().equals(JsonLinesConversion.ID) && !format.fileExtensions().isEmpty()) {
        byPath.put("/cv" + format.fileExtensions().get(0), format);
      }
    }
    return byPath;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
      if (loopbackOnly && !addressedToLoopback(exchange)) {
        sendText(exchange, 403, "this preview answers only at " + uri());
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        sendText(exchange, 405, "only GET and HEAD");
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      PreviewSnapshot snapshot = state.current();
      if (path.equals("/")) {
        servePage(exchange, snapshot);
      } else if (path.equals(ReloadScript.LAST_GOOD_PATH)) {
        serveLastGood(exchange, snapshot);
      } else if (path.equals(ReloadScript.EVENTS_PATH)) {
        serveEvents(exchange);
      } else if (formatsByPath.containsKey(path)) {
        serveFormat(exchange, snapshot, formatsByPath.get(path));
      } else {
        sendText(exchange, 404, "not found: the preview serves / and " + String.join(", ", formatsByPath.keySet()));
      }
    } catch (IOException e) {
      // The browser went away mid-response: nothing to tell anyone.
    }
  }

  /**
   * Whether the Host header names this machine: {@code localhost}, a loopback IPv4 literal, or
   * a loopback IPv6 literal in brackets (a literal is never rebound; only names go through DNS).
   */
  static boolean addressedToLoopback(HttpExchange exchange) {
    return isLoopbackName(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")).orElse(""));
  }

  static boolean isLoopbackName(String hostHeader) {
    String host = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end > 0 && host.substring(end + 1).matches("(:\\d*)?") && isLoopbackIpv6Literal(host.substring(1, end));
    }
    String name = host.replaceFirst(":\\d*$", "");
    return name.equals("localhost") || (name.matches("\\d{1,3}(\\.\\d{1,3}){3}") && isLoopbackLiteral(name));
  }

  /**
   * Brackets hold an IPv6 address (RFC 3986), never a name: {@code [cafe.de]} is refused before
   * anything could look it up. Hex digits, colons and an optional dotted IPv4 tail only, with at
   * least two colons.
   */
  private static boolean isLoopbackIpv6Literal(String literal) {
    return literal.matches("[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}(:\\d{1,3}(\\.\\d{1,3}){3})?") && isLoopbackLiteral(literal);
  }

  private static boolean isLoopbackLiteral(String literal) {
    try {
      // Only ever called with a literal, which the JDK parses and never looks up.
      return InetAddress.getByName(literal).isLoopbackAddress();
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private void servePage(HttpExchange exchange, PreviewSnapshot snapshot) throws IOException {
    String nonce = ReloadScript.nonce();
    if (snapshot.isValid()) {
      sendHtml(exchange, 200, ReloadScript.inject(snapshot.lastGood().get().html(), nonce, snapshot.version()));
      return;
    }
    exchange.getResponseHeaders().set("Content-Security-Policy", DiagnosticsPage.policy(nonce));
    sendHtml(exchange, 200, DiagnosticsPage.render(
        source, snapshot.errors(), snapshot.lastGood().isPresent(), nonce, snapshot.version()));
  }

  private void serveLastGood(HttpExchange exchange, PreviewSnapshot snapshot) throws IOException {
    if (snapshot.lastGood().isEmpty()) {
      sendText(exchange, 404, source + " has not been valid since the preview started");
      return;
    }
    sendHtml(exchange, 200, ReloadScript.inject(snapshot.lastGood().get().html(), ReloadScript.nonce(), snapshot.version()));
  }

  private void serveFormat(HttpExchange exchange, PreviewSnapshot snapshot, Format format) throws IOException {
    if (!snapshot.isValid()) {
      sendText(exchange, 409, errorLines(snapshot));
      return;
    }
    String content;
    try {
      content = format.id().equals("html") ? snapshot.lastGood().get().html() : snapshot.lastGood().get().in(format);
    } catch (IllegalArgumentException e) {
      sendText(exchange, 409, "profile: cannot write " + format.id() + ": " + e.getMessage());
      return;
    }
    send(exchange, 200, contentType(format), content);
  }

  private String errorLines(PreviewSnapshot snapshot) {
    return snapshot.errors().stream().map(Diagnostic::format).collect(Collectors.joining("\n", "", "\n"));
  }

  /**
   * The format's own media type when browsers show it (HTML, JSON and its {@code +json} kin);
   * any other text (YAML, Markdown, a format added later) as plain text, which browsers show
   * rather than download.
   */
  static String contentType(Format format) {
    String type = format.mediaType();
    boolean shownByBrowsers = type.equals("text/html") || type.equals("application/json") || type.endsWith("+json");
    return (shownByBrowsers ? type : "text/plain") + "; charset=utf-8";
  }

  /**
   * Server-Sent Events: one {@code reload} event as soon as the snapshot differs from the
   * version the page was built from, a comment every 15 s meanwhile so a closed tab is noticed.
   */
  private void serveEvents(HttpExchange exchange) throws IOException {
    if (eventStreams.incrementAndGet() > MAX_EVENT_STREAMS) {
      eventStreams.decrementAndGet();
      sendText(exchange, 503, "too many open preview pages");
      return;
    }
    try {
      long since = sinceVersion(exchange.getRequestURI().getRawQuery()).orElse(state.current().version());
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      if (exchange.getRequestMethod().equals("HEAD")) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      write(out, "retry: 1000\n\n");
      while (true) {
        Optional<PreviewSnapshot> changed = state.awaitOtherThan(since, KEEP_ALIVE_MILLIS);
        if (changed.isPresent()) {
          write(out, "event: reload\ndata: " + changed.get().version() + "\n\n");
          return;
        }
        if (state.isClosed()) {
          return;
        }
        write(out, ": keep-alive\n\n");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      eventStreams.decrementAndGet();
    }
  }

  private static Optional<Long> sinceVersion(String query) {
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("since=")) {
        try {
          return Optional.of(Long.parseLong(pair.substring("since=".length())));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void sendHtml(HttpExchange exchange, int status, String html) throws IOException {
    send(exchange, status, "text/html; charset=utf-8", html);
  }

  private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", text.endsWith("\n") ? text : text + "\n");
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(bytes.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  /** Stops answering: open event streams end, the port is released. */
  @Override
  public void close() {
    state.close();
    server.stop(0);
    threads.shutdownNow();
  }
}
