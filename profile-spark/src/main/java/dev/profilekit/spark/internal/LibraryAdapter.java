package dev.profilekit.spark.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.check.AnswerEvidence;
import dev.profilekit.model.check.CheckReport;
import dev.profilekit.model.check.Coverage;
import dev.profilekit.model.check.PlaceholderPatterns;
import dev.profilekit.model.check.ProfileChecker;
import dev.profilekit.model.check.ScorePart;
import dev.profilekit.model.check.Suggestion;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * The one class of this module that calls Profile Kit's library API (formats, reading,
 * writing, checking): everything else works on Spark rows and plain values, so a change of
 * that API is a change here only. The library's objects are immutable and thread-safe; a
 * {@link Converter} or {@link Checker} is built once per executor and shared by its tasks.
 */
public final class LibraryAdapter {
  private LibraryAdapter() {}

  /** What a document became: its output (null when it failed) and every diagnostic, as rows. */
  public record Converted(String output, List<Row> diagnostics) {
    public boolean ok() {
      return output != null;
    }
  }

  /** A check: the report row (null when the document could not be read), the reader's diagnostics, and whether it passes. */
  public record Checked(Row report, List<Row> diagnostics, boolean passes) {}

  /**
   * The id of every text format that reads profiles, and of every one that writes them: documents
   * are string columns, so a binary format (pdf) is neither.
   */
  public static List<String> readableFormats() {
    return Formats.standard().ids(format -> format.isText() && format.reader().isPresent());
  }

  public static List<String> writableFormats() {
    return Formats.standard().ids(format -> format.isText() && format.writer().isPresent());
  }

  /**
   * Checks the settings on the driver, before any task runs: an unknown or unreadable format
   * fails the job at once with the library's message (which lists the known formats).
   */
  public static void validate(ConversionSettings settings) {
    new Converter(settings);
  }

  public static void validate(CheckSettings settings) {
    new Checker(settings);
  }

  /** Reads with the read settings: by the named format, or JSON told apart by content, or detected. */
  private static ReadResult read(Optional<Format> from, boolean jsonDocuments, ReadOptions options, String name, String document) {
    Input input = Input.ofString(name, document);
    Formats formats = Formats.standard();
    if (from.isPresent()) {
      return Profiles.read(formats, input, Optional.of(from.get().id()), options);
    }
    if (jsonDocuments) {
      // What `profile convert --from jsonl` does with each line: JSON Resume or native JSON.
      Format json = formats.detect("document.json", document)
          .filter(format -> format.reader().isPresent())
          .orElse(formats.require("json"));
      return Profiles.read(formats, input, Optional.of(json.id()), options);
    }
    return Profiles.read(formats, input, Optional.empty(), options);
  }

  private static Optional<Format> readable(Optional<String> id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Format format = require(id.get());
    if (format.reader().isEmpty()) {
      throw new IllegalArgumentException("the format '" + format.id() + "' cannot be read (readable: "
          + String.join(", ", readableFormats()) + ")");
    }
    if (!format.isText()) {
      throw new IllegalArgumentException("the format '" + format.id() + "' is binary and documents are text columns: it cannot be read here (readable: "
          + String.join(", ", readableFormats()) + ")");
    }
    return Optional.of(format);
  }

  private static Format require(String id) {
    // UnknownFormatException is an IllegalArgumentException whose message lists the known formats.
    return Formats.standard().require(id);
  }

  /** A conversion with its formats looked up and its options built: thread-safe. */
  public static final class Converter {
    private final Optional<Format> from;
    private final boolean jsonDocuments;
    private final Format to;
    private final boolean oneLine;
    private final ReadOptions readOptions;
    private final WriteOptions writeOptions;

    public Converter(ConversionSettings settings) {
      this.from = readable(settings.from());
      this.jsonDocuments = settings.jsonDocuments();
      this.to = require(settings.to());
      if (to.writer().isEmpty()) {
        throw new IllegalArgumentException("the format '" + to.id() + "' cannot be written (writable: "
            + String.join(", ", writableFormats()) + ")");
      }
      if (!to.isText()) {
        throw new IllegalArgumentException("the format '" + to.id() + "' is binary and the output column is text: it cannot be written here (writable: "
            + String.join(", ", writableFormats()) + ")");
      }
      this.oneLine = settings.oneLine();
      this.readOptions = ReadOptions.builder().settings(settings.readSettings()).build();
      var write = WriteOptions.builder().settings(settings.writeSettings()).frontMatter(settings.frontMatter());
      settings.target().ifPresent(write::target);
      if (oneLine && to.id().equals("json")) {
        // The native JSON writer writes one line itself, as the CLI's JSON Lines output does.
        write.putSettings("compact", "true");
      }
      this.writeOptions = write.build();
    }

    /** Reads {@code document} (named {@code name} in diagnostics) and writes it; never throws for bad content. */
    public Converted convert(String name, String document) {
      ReadResult read = read(from, jsonDocuments, readOptions, name, document);
      List<Row> diagnostics = new ArrayList<>();
      read.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
      if (read.profile().isEmpty() || read.hasErrors()) {
        return new Converted(null, diagnostics);
      }
      WriteResult written;
      try {
        written = to.writer().orElseThrow().write(read.profile().get(), writeOptions);
      } catch (IllegalArgumentException e) {
        // An option this profile cannot honour, such as a target it does not have.
        diagnostics.add(Rows.diagnostic("error", "write-option", e.getMessage(), null, name, 1, 1, null));
        return new Converted(null, diagnostics);
      }
      written.losses().forEach(d -> diagnostics.add(diagnostic(d)));
      String content = written.content();
      return new Converted(oneLine ? OneLineJson.of(content) : content, diagnostics);
    }
  }

  /** A check with its checker built: thread-safe. */
  public static final class Checker {
    private final Optional<Format> from;
    private final boolean jsonDocuments;
    private final ReadOptions readOptions;
    private final ProfileChecker checker;
    private final int failUnder;

    public Checker(CheckSettings settings) {
      this.from = readable(settings.from());
      this.jsonDocuments = settings.jsonDocuments();
      this.readOptions = ReadOptions.builder().settings(settings.readSettings()).build();
      ProfileChecker.Builder builder = ProfileChecker.builder().target(settings.target().orElse(null));
      settings.placeholderPatterns().ifPresent(text -> builder.placeholderPatterns(PlaceholderPatterns.parse(text)));
      this.checker = builder.build();
      if (settings.failUnder() < 0 || settings.failUnder() > 100) {
        throw new IllegalArgumentException("failUnder must be between 0 and 100, not " + settings.failUnder());
      }
      this.failUnder = settings.failUnder();
    }

    /**
     * What {@code profile check FILE --format json} reports for a file named {@code name} holding
     * {@code document}; the diagnostics are the reader's own (the validator's are findings).
     */
    public Checked check(String name, String document) {
      ReadResult read = read(from, jsonDocuments, readOptions, name, document);
      if (read.profile().isEmpty()) {
        return new Checked(null, read.diagnostics().stream().map(LibraryAdapter::diagnostic).toList(), false);
      }
      Profile profile = read.profile().get();
      Set<Diagnostic> validation = new HashSet<>(ProfileValidator.validate(profile));
      List<Diagnostic> readerOnly = read.diagnostics().stream().filter(d -> !validation.contains(d)).toList();
      List<Row> diagnostics = new ArrayList<>();
      readerOnly.forEach(d -> diagnostics.add(diagnostic(d)));
      CheckReport report;
      try {
        report = checker.check(profile, document);
      } catch (IllegalArgumentException e) {
        // A target named that this profile does not have.
        diagnostics.add(Rows.diagnostic("error", "unknown-target", e.getMessage(), null, name, 1, 1, null));
        return new Checked(null, diagnostics, false);
      }
      boolean readerErrors = readerOnly.stream().anyMatch(Diagnostic::isError);
      return new Checked(report(report), diagnostics, report.passes(failUnder) && !readerErrors);
    }
  }

  /** A failure the library threw instead of returning, as the CLI reports it (one per row). */
  public static Row failure(String name, Throwable failure) {
    if (failure instanceof StackOverflowError) {
      return Rows.diagnostic("error", "too-complex",
          "the input repeats or nests a construct too often to convert (stack overflow)", null, name, 1, 1,
          "look for a very long run of one character or of one Markdown construct, and shorten it");
    }
    return Rows.diagnostic("error", "internal-error", "internal error: " + failure, null, name, 1, 1,
        "this is a bug: convert this document alone with the profile command and please report it");
  }

  static Row diagnostic(Diagnostic d) {
    Optional<SourcePosition> at = d.position();
    return Rows.diagnostic(d.severity().id(), d.code(), d.message(), d.path().orElse(null),
        at.map(SourcePosition::file).orElse(null),
        at.map(SourcePosition::line).orElse(null),
        at.map(SourcePosition::column).orElse(null),
        d.hint().orElse(null));
  }

  /** The report in the shape of {@code check --format json} (see {@link Rows#REPORT}). */
  private static Row report(CheckReport report) {
    Coverage c = report.coverage();
    Row coverage = RowFactory.create(
        RowFactory.create(c.requiredAnswered(), c.requiredTotal()),
        RowFactory.create(c.preferredAnswered(), c.preferredTotal()),
        RowFactory.create(c.claimsWithEvidence(), c.claimsWithOnlyWeakEvidence(), c.claimsTotal(), c.emptyClaims()),
        c.placeholders(),
        c.contradictions());
    List<Row> parts = new ArrayList<>();
    for (ScorePart part : report.scoreParts()) {
      parts.add(RowFactory.create(part.name(), part.weight(), part.earned()));
    }
    List<Row> notApplicable = new ArrayList<>();
    for (Map.Entry<String, String> e : report.notApplicable().entrySet()) {
      notApplicable.add(RowFactory.create(e.getKey(), e.getValue()));
    }
    List<Row> findings = report.findings().stream().map(LibraryAdapter::diagnostic).toList();
    List<Row> evidence = new ArrayList<>();
    for (AnswerEvidence e : report.answerEvidence()) {
      Optional<SourcePosition> at = e.position();
      evidence.add(RowFactory.create(e.claimId(), e.kind().id(), e.text(), Rows.seq(e.refs()), e.weak(), e.path(),
          at.map(SourcePosition::file).orElse(null), at.map(SourcePosition::line).orElse(null),
          at.map(SourcePosition::column).orElse(null)));
    }
    List<Row> suggestions = new ArrayList<>();
    for (Suggestion s : report.suggestions()) {
      List<Row> matches = new ArrayList<>();
      for (Suggestion.Match m : s.matches()) {
        matches.add(RowFactory.create(m.kind(), m.id().orElse(null), m.path(), m.text(), m.score(), Rows.seq(m.matchedWords())));
      }
      suggestions.add(RowFactory.create(s.forKind(), s.forId(), s.forPath(), Rows.seq(matches)));
    }
    return RowFactory.create(
        report.score().isPresent() ? report.score().getAsInt() : null,
        report.errorCount(),
        report.warningCount(),
        Rows.seq(report.targets()),
        coverage,
        Rows.seq(parts),
        Rows.seq(notApplicable),
        Rows.seq(findings),
        Rows.seq(evidence),
        Rows.seq(suggestions));
  }
}
