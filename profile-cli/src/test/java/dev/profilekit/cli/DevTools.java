package dev.profilekit.cli;

import static org.junit.jupiter.api.Assertions.fail;

import dev.profilekit.render.html.Chromium;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium driven through the DevTools protocol over a WebSocket: one page, with
 * navigation, script evaluation and waits on protocol events. Every wait is bounded.
 */
final class DevTools implements AutoCloseable {
  static final Duration WAIT = Duration.ofSeconds(30);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final Path profile;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Waiter> waiters = new CopyOnWriteArrayList<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final WebSocket socket;
  private final String session;

  private record Waiter(String method, CompletableFuture<JsonNode> event) {}

  private DevTools(Process process, Path profile, String browserUrl) throws Exception {
    this.process = process;
    this.profile = profile;
    this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(browserUrl), new Listener()).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    String target = send(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asString();
    this.session = send(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asString();
    call("Page.enable", Map.of());
    call("Runtime.enable", Map.of());
    call("Log.enable", Map.of());
  }

  /** Starts Chromium (skipping the test where it is not installed, failing on CI) and opens a page. */
  static DevTools launch() throws Exception {
    Chromium.require();
    Path profile = Files.createTempDirectory("chromium-devtools");
    List<String> command = Chromium.command(profile);
    command.addAll(List.of("--remote-debugging-port=0", "about:blank"));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    process.getOutputStream().close();
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread drain = new Thread(() -> readErrors(process, address), "chromium-stderr");
    drain.setDaemon(true);
    drain.start();
    try {
      return new DevTools(process, profile, address.get(WAIT.toSeconds(), TimeUnit.SECONDS));
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
      throw new IllegalStateException("Chromium did not open its DevTools port: " + e, e);
    }
  }

  /** Reads Chromium's standard error to its end (so it never blocks), noting the DevTools address. */
  private static void readErrors(Process process, CompletableFuture<String> address) {
    List<String> lines = new ArrayList<>();
    try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = err.readLine()) != null) {
        Matcher matcher = LISTENING.matcher(line);
        if (matcher.find()) {
          address.complete(matcher.group(1));
        } else if (lines.size() < 50) {
          lines.add(line);
        }
      }
    } catch (IOException e) {
      // Chromium closed its end.
    }
    address.completeExceptionally(new IllegalStateException("Chromium exited: " + String.join("\n", lines)));
  }

  /** Calls a method on the page; a protocol error fails the test. */
  JsonNode call(String method, Map<String, Object> params) {
    return send(session, method, params);
  }

  private JsonNode send(String sessionId, String method, Map<String, Object> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true);
    JsonNode answer = await(reply, method);
    if (answer.has("error")) {
      fail(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** The next event named {@code method} on the page, from now on (ask before causing it). */
  CompletableFuture<JsonNode> next(String method) {
    CompletableFuture<JsonNode> event = new CompletableFuture<>();
    waiters.add(new Waiter(method, event));
    return event;
  }

  static JsonNode await(CompletableFuture<JsonNode> future, String what) {
    try {
      return future.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("no " + what + " within " + WAIT.toSeconds() + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what);
    } catch (ExecutionException e) {
      throw new AssertionError(what + " failed: " + e.getCause(), e.getCause());
    }
  }

  /** Opens {@code uri} and returns once it has loaded. */
  void open(URI uri) {
    CompletableFuture<JsonNode> loaded = next("Page.loadEventFired");
    call("Page.navigate", Map.of("url", uri.toString()));
    await(loaded, "load of " + uri);
  }

  /** The value of a JavaScript expression on the page, as a string. */
  String evaluate(String expression) {
    JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    if (result.has("exceptionDetails")) {
      fail("the page threw on " + expression + ": " + result.get("exceptionDetails"));
    }
    JsonNode value = result.get("result").get("value");
    return value == null || value.isNull() ? "" : value.isString() ? value.asString() : value.toString();
  }

  /** Every console and browser log message of the page so far (CSP violations show here). */
  List<String> logMessages() {
    return events.stream()
        .filter(e -> e.path("method").asString("").equals("Log.entryAdded"))
        .map(e -> e.path("params").path("entry").path("text").asString(""))
        .toList();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        dispatch(JSON.readTree(partial.toString()));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    private void dispatch(JsonNode message) {
      if (message.has("id")) {
        CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
        if (reply != null) {
          reply.complete(message);
        }
        return;
      }
      events.add(message);
      String method = message.path("method").asString("");
      for (Waiter waiter : waiters) {
        if (waiter.method().equals(method) && waiter.event().complete(message)) {
          waiters.remove(waiter);
        }
      }
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      pending.values().forEach(reply -> reply.completeExceptionally(error));
    }
  }

  @Override
  public void close() {
    socket.abort();
    // Chromium's helper processes write into the profile directory too: end them all first.
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      for (ProcessHandle helper : helpers) {
        helper.destroy();
        helper.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      helpers.forEach(ProcessHandle::destroyForcibly);
    }
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException | java.io.UncheckedIOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
