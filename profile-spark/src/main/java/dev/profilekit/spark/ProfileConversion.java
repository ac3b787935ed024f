package dev.profilekit.spark;

import static org.apache.spark.sql.functions.expr;

import dev.profilekit.spark.internal.ConversionSettings;
import dev.profilekit.spark.internal.ConvertPartitions;
import dev.profilekit.spark.internal.LibraryAdapter;
import dev.profilekit.spark.internal.Rows;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Converts a column of profile documents (text in any format Profile Kit reads: native YAML or
 * JSON, JSON Resume, Markdown) into a column of documents in any format it writes, as
 * {@code profile convert} does, one row at a time on the executors.
 *
 * <p>Every input row gives exactly one output row: its own columns, then {@code output} (the
 * converted document; null when the row failed), {@code diagnostics} (an array of structs:
 * severity, code, message, path, file, line, column, hint; the reader's, the validator's and
 * the writer's loss report) and {@code ok} (whether it converted). A row fails, as in the CLI,
 * when it cannot be read or has an error; it is kept with its errors, never dropped.
 *
 * <pre>{@code
 * Dataset<Row> converted = ProfileConversion.builder()
 *     .from("jsonresume").to("json").oneLine()
 *     .build()
 *     .apply(ProfileData.readJsonLines(spark, "resumes/"));
 * }</pre>
 *
 * <p>Immutable; {@link #apply} checks the formats on the driver, so a misspelt format fails
 * before any task runs, with the list of known ones.
 */
public final class ProfileConversion {
  /** The default name of the column of converted documents (null where a row failed). */
  public static final String OUTPUT = "output";

  /** The default name of the column of diagnostics: an array of (severity, code, message, path, file, line, column, hint). */
  public static final String DIAGNOSTICS = "diagnostics";

  /** The default name of the boolean column that says whether a row converted. */
  public static final String OK = "ok";

  private final ConversionSettings settings;
  private final String documentColumn;
  private final Optional<String> nameColumn;
  private final String outputColumn;
  private final String diagnosticsColumn;
  private final String okColumn;

  private ProfileConversion(Builder builder) {
    this.settings = new ConversionSettings(builder.from, builder.jsonDocuments,
        Objects.requireNonNull(builder.to, "to: the output format is required"), builder.oneLine,
        builder.readSettings, builder.writeSettings, builder.frontMatter, builder.target);
    LibraryAdapter.validate(settings);
    this.documentColumn = builder.documentColumn;
    this.nameColumn = Optional.ofNullable(builder.nameColumn);
    this.outputColumn = builder.outputColumn;
    this.diagnosticsColumn = builder.diagnosticsColumn;
    this.okColumn = builder.okColumn;
  }

  /** A new configuration; {@link Builder#to} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The conversion of every row of {@code input}: its columns, then the output, diagnostics and
   * ok columns. Lazy, like any Spark transformation; the partitioning of {@code input} is kept.
   *
   * @throws IllegalArgumentException when the document or name column is missing or not a
   *     string, or the input already has a column of an added name
   */
  public Dataset<Row> apply(Dataset<Row> input) {
    StructType schema = input.schema();
    int document = Columns.stringColumn(schema, documentColumn, "document");
    int name = nameColumn.map(column -> Columns.stringColumn(schema, column, "name")).orElse(-1);
    StructType out = Rows.extend(schema,
        Rows.field(outputColumn, DataTypes.StringType, true),
        Rows.field(diagnosticsColumn, Rows.DIAGNOSTICS, false),
        Rows.field(okColumn, DataTypes.BooleanType, false));
    return input.mapPartitions(new ConvertPartitions(settings, document, name, Columns.UNNAMED), Encoders.row(out));
  }

  /**
   * Counts, in one pass over {@code converted} (what {@link #apply} returned): rows, rows
   * converted, rows failed, and rows with warnings. An action: it runs a job.
   */
  public Summary summarize(Dataset<Row> converted) {
    Row counts = converted.agg(
        expr("count(*)"),
        expr("count_if(`" + okColumn + "`)"),
        expr("count_if(exists(`" + diagnosticsColumn + "`, d -> d.severity = 'warning'))")).first();
    long total = counts.getLong(0);
    long ok = counts.getLong(1);
    return new Summary(total, ok, total - ok, counts.getLong(2));
  }

  /**
   * What a conversion did, counted.
   *
   * @param total rows in
   * @param converted rows with an output
   * @param failed rows without one (each with its errors in the diagnostics column)
   * @param withWarnings rows, converted or not, with at least one warning (a loss, for one)
   */
  public record Summary(long total, long converted, long failed, long withWarnings) {}

  /** Configures a conversion; {@link #to} is required. */
  public static final class Builder {
    private String from;
    private boolean jsonDocuments;
    private String to;
    private boolean oneLine;
    private final Map<String, String> readSettings = new LinkedHashMap<>();
    private final Map<String, String> writeSettings = new LinkedHashMap<>();
    private final Map<String, String> frontMatter = new LinkedHashMap<>();
    private String target;
    private String documentColumn = "document";
    private String nameColumn;
    private String outputColumn = OUTPUT;
    private String diagnosticsColumn = DIAGNOSTICS;
    private String okColumn = OK;

    private Builder() {}

    /**
     * The format of every document ({@code yaml}, {@code json}, {@code jsonresume},
     * {@code markdown}…). Without it each document's format is told from its name (see
     * {@link #nameColumn}) and content, as {@code profile convert} tells a file's.
     */
    public Builder from(String formatId) {
      this.from = Objects.requireNonNull(formatId, "formatId");
      this.jsonDocuments = false;
      return this;
    }

    /**
     * Every document is JSON, native or JSON Resume, told apart by its content: what
     * {@code profile convert --from jsonl} does with each line.
     */
    public Builder jsonDocuments() {
      this.jsonDocuments = true;
      this.from = null;
      return this;
    }

    /** The format to write ({@code json}, {@code yaml}, {@code jsonresume}, {@code markdown}, {@code html}…). */
    public Builder to(String formatId) {
      this.to = Objects.requireNonNull(formatId, "formatId");
      return this;
    }

    /** Every output on one line, for JSON Lines (JSON output only: other text keeps its line breaks). */
    public Builder oneLine() {
      this.oneLine = true;
      return this;
    }

    /** A reader setting, as {@code profile convert --set} gives one (e.g. the Markdown heading mapping). */
    public Builder readSetting(String key, String value) {
      readSettings.put(key, value);
      return this;
    }

    /** A writer setting, documented by the format that reads it. */
    public Builder writeSetting(String key, String value) {
      writeSettings.put(key, value);
      return this;
    }

    /** A front matter key to set, for writers that write front matter (Markdown). */
    public Builder frontMatter(String key, String value) {
      frontMatter.put(key, value);
      return this;
    }

    /** The target whose answers to write, for writers that can; a row without it fails. */
    public Builder target(String targetId) {
      this.target = Objects.requireNonNull(targetId, "targetId");
      return this;
    }

    /** The string column holding the documents; {@code document} by default. */
    public Builder documentColumn(String column) {
      this.documentColumn = Objects.requireNonNull(column, "column");
      return this;
    }

    /**
     * A string column naming each document, e.g. its source file: diagnostics give it as their
     * file, and without {@link #from} its file name ending helps tell the format. Without one,
     * every document is named {@code document}.
     */
    public Builder nameColumn(String column) {
      this.nameColumn = Objects.requireNonNull(column, "column");
      return this;
    }

    /** Other names for the added columns, when the input has columns of the default names. */
    public Builder outputColumns(String output, String diagnostics, String ok) {
      this.outputColumn = Objects.requireNonNull(output, "output");
      this.diagnosticsColumn = Objects.requireNonNull(diagnostics, "diagnostics");
      this.okColumn = Objects.requireNonNull(ok, "ok");
      return this;
    }

    /** @throws IllegalArgumentException when a format is unknown, or cannot read or write as asked */
    public ProfileConversion build() {
      return new ProfileConversion(this);
    }
  }
}
