package dev.profilekit.cli;

import dev.profilekit.model.format.WriteOptions;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code profile serve}: a live preview of the HTML page that follows every save. */
@Command(
    header = "Preview the HTML page in a browser; it reloads on every save.",
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a live preview of the profile's HTML page on this machine (127.0.0.1 unless --host"
          + " says otherwise) and print its address. The page is rendered again whenever the"
          + " profile or a file of the theme changes, and the browser reloads by itself. While the"
          + " profile is invalid the browser shows its diagnostics instead, with a link to the last"
          + " good page. /cv.md, /cv.resume.json, /cv.yaml, /cv.json and /cv.html serve the same"
          + " profile in the other formats. Ctrl-C stops the server (exit 0).",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  profile serve me.yaml",
      "  profile serve me.yaml --port 4000 --theme my-theme/",
      "",
      ExitCode.TABLE
    })
final class ServeCommand implements Callable<Integer> {
  @ParentCommand private ProfileCommand root;

  @Mixin private ProfileInput input;

  @Parameters(paramLabel = "IN", description = "The profile to preview.")
  private String source;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).", defaultValue = "127.0.0.1")
  private String host;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT",
      description = "The port to listen on (default: 0, a free port chosen at start).", defaultValue = "0")
  private int port;

  @Option(names = "--target", paramLabel = "ID", description = "Show the answers to this target.")
  private Optional<String> target = Optional.empty();

  @Option(names = "--front-matter", paramLabel = "KEY=VALUE", description = "Set a front matter key of /cv.md, e.g. layout=single.")
  private Map<String, String> frontMatter = Map.of();

  @Option(names = "--theme", paramLabel = "DIR", description = "A theme directory; its files are watched too.")
  private Optional<Path> theme = Optional.empty();

  @Option(names = {"-q", "--quiet"}, description = "Print errors only, no warnings.")
  private boolean quiet;

  @Override
  public Integer call() throws InterruptedException {
    if (source.equals("-")) {
      throw new UsageProblem("serve watches a file: give its path, not '-'");
    }
    if (port < 0 || port > 65535) {
      throw new UsageProblem("--port must be between 0 and 65535, not " + port);
    }
    Streams streams = root.streams();
    if (!Files.isRegularFile(Path.of(source))) {
      streams.err().println("profile: cannot read " + source + ": " + (Files.exists(Path.of(source)) ? "not a file" : "no such file")
          + " (create it with `profile init " + source + "`)");
      return ExitCode.UNREADABLE;
    }
    theme.filter(t -> !Files.isDirectory(t)).ifPresent(t -> {
      throw new UsageProblem("theme directory not found: " + t);
    });
    warnWhenNotLoopback(streams);
    WriteOptions options = WriteOptions.builder().target(target).putAllFrontMatter(frontMatter).themeDirectory(theme).build();
    CountDownLatch stop = StopSignal.install();
    try (PreviewSession session = new PreviewSession(new PreviewBuilder(source, input, options, streams), theme, streams, quiet)) {
      URI uri = start(session);
      streams.err().println("profile: also " + String.join(", ", session.server().formatPaths()) + "; Ctrl-C stops");
      streams.err().flush();
      writeOut(streams, "Serving " + source + " at " + uri + "\n");
      stop.await();
    }
    streams.err().println("profile: stopped");
    streams.err().flush();
    return ExitCode.OK;
  }

  private URI start(PreviewSession session) {
    try {
      return session.start(host, port);
    } catch (UncheckedIOException e) {
      throw new UsageProblem("cannot listen on " + host + ":" + port + ": " + e.getCause().getMessage());
    }
  }

  private void warnWhenNotLoopback(Streams streams) {
    try {
      if (!InetAddress.getByName(host).isLoopbackAddress()) {
        streams.err().println("profile: warning: listening on " + host
            + ": anyone who can reach this machine there can read the profile [public-address]");
      }
    } catch (UnknownHostException e) {
      throw new UsageProblem("unknown host " + host + ": give an address such as 127.0.0.1");
    }
  }

  private static void writeOut(Streams streams, String line) {
    try {
      streams.out().write(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      streams.out().flush();
    } catch (java.io.IOException e) {
      throw new OutputFile.OutputProblem("cannot write to standard output: " + e.getMessage());
    }
  }
}
