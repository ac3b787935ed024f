package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.PrintableText;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.LineTranscoder;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.spi.TreeText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Streams profiles as JSON Lines, one JSON document per line: in order, on all cores, in memory
 * that does not grow with the number of lines. A bad line is reported with its line number and
 * skipped; the others go through.
 */
final class JsonLinesConversion {
  static final String ID = "jsonl";
  private static final int CHUNK = 256;

  private final Optional<Format> linesIn;
  private final Format linesOut;
  private final ReadOptions readOptions;
  private final WriteOptions writeOptions;
  private final boolean quiet;
  private final Streams streams;
  /** The input format's shortcut to the output format, for lines it can take without the model. */
  private final Optional<LineTranscoder> shortcut;
  /** Whether each line's format is told from its content (no --line-format given). */
  private final boolean toldFromContent;

  /**
   * @param linesIn the format of each input line, or empty to tell it from each line's content
   * @param linesOut the format each output line is written in
   */
  JsonLinesConversion(Optional<Format> linesIn, Format linesOut, ReadOptions readOptions, WriteOptions writeOptions,
      boolean quiet, Streams streams) {
    this(linesIn, linesOut, readOptions, writeOptions, quiet, streams,
        linesIn.or(JsonLinesConversion::formatToldForJsonLines)
            .flatMap(format -> format.lineTranscoder(linesOut, readOptions, writeOptions)));
  }

  private JsonLinesConversion(Optional<Format> linesIn, Format linesOut, ReadOptions readOptions, WriteOptions writeOptions,
      boolean quiet, Streams streams, Optional<LineTranscoder> shortcut) {
    this.linesIn = linesIn;
    this.linesOut = linesOut;
    this.readOptions = readOptions;
    this.writeOptions = writeOptions;
    this.quiet = quiet;
    this.streams = streams;
    this.toldFromContent = linesIn.isEmpty();
    this.shortcut = shortcut;
  }

  /** The same conversion with every line read the full way: the reference the shortcut is tested against. */
  JsonLinesConversion withoutShortcut() {
    return new JsonLinesConversion(linesIn, linesOut, readOptions, writeOptions, quiet, streams, Optional.empty());
  }

  /** Whether some lines can take a shortcut past the model. */
  boolean hasShortcut() {
    return shortcut.isPresent();
  }

  /**
   * The one format a JSON line is told as when it is not native JSON, if detection chooses only
   * between native JSON and JSON Resume (no plugin reads {@code .json} files too).
   */
  private static Optional<Format> formatToldForJsonLines() {
    Formats formats = Formats.standard();
    List<String> readingJson = formats.ids(
        format -> format.reader().isPresent() && format.fileExtensions().stream().anyMatch(ext -> ext.endsWith(".json")));
    return readingJson.size() == 2 && readingJson.containsAll(List.of("json", "jsonresume"))
        ? Optional.of(formats.require("jsonresume"))
        : Optional.empty();
  }

  /**
   * One profile in: its source name, the line's bytes (null for a whole file), the line it
   * starts on (1 for whole files), or the problem that kept the line from being read.
   */
  private record Item(String name, byte[] bytes, int line, Diagnostic unreadable) {}

  private record Converted(String line, List<Diagnostic> diagnostics) {}

  /** Converts JSON Lines read from {@code input} ({@code -} for standard input). */
  int fromLines(String input, String output) {
    try (InputStream in = input.equals("-") ? streams.in() : Files.newInputStream(Path.of(input))) {
      String name = input.equals("-") ? "<stdin>" : input;
      long maxLineBytes = readOptions.limits().maxInputBytes();
      BoundedLineReader lines = new BoundedLineReader(in, maxLineBytes);
      return pump(() -> {
        List<Item> chunk = new ArrayList<>(CHUNK);
        byte[] line;
        while (chunk.size() < CHUNK && (line = lines.next()) != null) {
          if (line == BoundedLineReader.TOO_LONG) {
            chunk.add(new Item(name, null, lines.lineNumber(), Diagnostic.error("input-too-large",
                    "the line is longer than the limit of " + maxLineBytes + " bytes: skipped")
                .withPosition(SourcePosition.of(name, lines.lineNumber(), 1))
                .withHint("raise the limit with --max-input-bytes if the line is genuine")));
          } else if (!isBlank(line)) {
            chunk.add(new Item(name, line, lines.lineNumber(), null));
          }
        }
        return chunk;
      }, output, input);
    } catch (java.nio.file.NoSuchFileException e) {
      streams.err().println(PrintableText.of("profile: cannot read " + input + ": no such file"));
      return ExitCode.UNREADABLE;
    } catch (IOException e) {
      streams.err().println(PrintableText.of("profile: cannot read " + input + ": " + e.getMessage()));
      return ExitCode.UNREADABLE;
    }
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Packs whole files into JSON Lines, one line per file, in the order given. */
  int fromFiles(List<Path> files, String output) {
    int[] next = {0};
    return pump(() -> {
      List<Item> chunk = new ArrayList<>(CHUNK);
      while (chunk.size() < CHUNK && next[0] < files.size()) {
        Path file = files.get(next[0]++);
        chunk.add(new Item(file.toString(), null, 1, null));
      }
      return chunk;
    }, output, null);
  }

  private interface ChunkSource {
    List<Item> next() throws IOException;
  }

  private int pump(ChunkSource source, String output, String input) {
    long started = System.nanoTime();
    DiagnosticPrinter printer = new DiagnosticPrinter(streams.err(), streams.colour());
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Deque<Future<List<Converted>>> pending = new ArrayDeque<>();
    long total = 0;
    long failed = 0;
    try (OutputFile.Atomic out = OutputFile.open(output, streams, input == null ? List.of() : List.of(input))) {
      Writer writer = out.writer();
      List<Item> chunk;
      while (!(chunk = source.next()).isEmpty()) {
        List<Item> work = chunk;
        total += work.size();
        pending.add(pool.submit(() -> work.stream().map(this::convertGuarded).toList()));
        if (pending.size() >= threads * 2) {
          failed += drain(pending.poll(), writer, printer);
        }
      }
      while (!pending.isEmpty()) {
        failed += drain(pending.poll(), writer, printer);
      }
      out.commit();
    } catch (IOException e) {
      throw new OutputFile.OutputProblem("cannot write " + output + ": " + e.getMessage());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (!quiet || failed > 0) {
      streams.err().printf(Locale.ROOT, "converted %d of %d profiles to jsonl in %.1f s (%.0f profiles/s)%s%n",
          total - failed, total, seconds, total / Math.max(seconds, 1e-9), failed == 0 ? "" : "; " + failed + " failed");
      streams.err().flush();
    }
    return failed == 0 ? ExitCode.OK : ExitCode.INVALID;
  }

  private long drain(Future<List<Converted>> future, Writer writer, DiagnosticPrinter printer) throws IOException {
    List<Converted> results;
    try {
      results = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
    long failed = 0;
    for (Converted result : results) {
      List<Diagnostic> shown = quiet
          ? result.diagnostics().stream().filter(Diagnostic::isError).toList()
          : result.diagnostics();
      if (!shown.isEmpty()) {
        printer.print(shown);
      }
      if (result.line() == null) {
        failed++;
      } else {
        writer.write(result.line());
        writer.write('\n');
      }
    }
    return failed;
  }

  /** One line or file; whatever it throws, {@code Error}s included, becomes its diagnostic. */
  private Converted convertGuarded(Item item) {
    if (item.unreadable() != null) {
      return new Converted(null, List.of(item.unreadable()));
    }
    try {
      return convert(item);
    } catch (RuntimeException | Error e) {
      return new Converted(null, List.of(WorkFailure.diagnostic(item.name(), item.line(), e)));
    }
  }

  private Converted convert(Item item) {
    byte[] bytes = item.bytes();
    if (bytes != null && shortcut.isPresent()) {
      Optional<String> line = shortcut.get().transcode(bytes, toldFromContent);
      if (line.isPresent()) {
        return new Converted(line.get(), List.of());
      }
    }
    Input input = bytes == null
        ? Input.ofPath(Path.of(item.name()))
        : Input.of(item.name(), () -> new ByteArrayInputStream(bytes));
    // The format is told from the line leniently decoded; the read decodes it strictly and
    // reports a bad byte with its position.
    ReadResult read = bytes == null
        ? Profiles.read(Formats.standard(), input, linesIn.map(Format::id), readOptions)
        : Profiles.read(Formats.standard(), input,
            Optional.of(lineFormat(new String(bytes, StandardCharsets.UTF_8)).id()), readOptions);
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic diagnostic : read.diagnostics()) {
      diagnostics.add(atLine(diagnostic, item.line()));
    }
    if (read.profile().isEmpty() || read.hasErrors()) {
      return new Converted(null, diagnostics);
    }
    var written = linesOut.writer().orElseThrow().write(read.profile().get(), writeOptions);
    written.losses().forEach(loss -> diagnostics.add(atLine(loss, item.line())));
    return new Converted(oneLine(written.content()), diagnostics);
  }

  private Format lineFormat(String line) {
    return linesIn.orElseGet(() -> Formats.standard().detect("line.json", line)
        .filter(f -> f.reader().isPresent())
        .orElse(Formats.standard().require("json")));
  }

  private static String oneLine(String json) {
    String trimmed = json.strip();
    return trimmed.indexOf('\n') < 0 ? trimmed : TreeText.compactJson(trimmed);
  }

  private static Diagnostic atLine(Diagnostic diagnostic, int line) {
    if (line <= 1 || diagnostic.position().isEmpty()) {
      return diagnostic;
    }
    return diagnostic.withPosition(diagnostic.position().get().shiftLines(line - 1));
  }

  /**
   * Reads lines of bytes block by block, skipping any longer than the limit instead of holding
   * it in memory. Not thread-safe: one reader thread feeds the workers.
   */
  private static final class BoundedLineReader {
    /** Returned, by identity, for a line longer than the limit (which is skipped). */
    static final byte[] TOO_LONG = new byte[0];

    private final InputStream in;
    private final long maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int lineNumber;

    BoundedLineReader(InputStream in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    byte[] next() throws IOException {
      ByteArrayOutputStream line = null;
      boolean tooLong = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            return line == null && !tooLong ? null : finish(line, tooLong);
          }
        }
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        if (line == null && !tooLong) {
          line = new ByteArrayOutputStream(Math.max(16, position - start));
        }
        if (!tooLong) {
          line.write(buffer, start, position - start);
          if (line.size() > maxBytes) {
            tooLong = true;
            line = null;
          }
        }
        if (position < limit) {
          position++;
          return finish(line, tooLong);
        }
      }
    }

    private byte[] finish(ByteArrayOutputStream line, boolean tooLong) {
      lineNumber++;
      if (tooLong) {
        return TOO_LONG;
      }
      byte[] bytes = line.toByteArray();
      int end = bytes.length;
      return end > 0 && bytes[end - 1] == '\r' ? java.util.Arrays.copyOf(bytes, end - 1) : bytes;
    }

    int lineNumber() {
      return lineNumber;
    }
  }
}
