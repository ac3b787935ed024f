package dev.profilekit.spark;

import dev.profilekit.spark.internal.CheckPartitions;
import dev.profilekit.spark.internal.CheckSettings;
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
 * {@code profile check} as a transform: for each document, the coverage report of
 * {@code profile check --format json}, as a struct column with the same fields (score, errors,
 * warnings, targets, coverage, scoreParts, notApplicable, findings, answerEvidence,
 * suggestions), so that {@code to_json(report)} reads like the CLI's output.
 *
 * <p>Every input row gives one output row: its columns, then {@code report} (null when the
 * document could not be read), {@code diagnostics} (what the reader said; the validator's
 * findings are in the report, as in the CLI) and {@code passes} (no error, and a score of at
 * least {@link Builder#failUnder}: the CLI's exit status 0).
 */
public final class ProfileCheck {
  /** The column of reports: the fields of {@code check --format json}; null where a document could not be read. */
  public static final String REPORT = "report";

  /** The column of the reader's diagnostics, shaped as {@link ProfileConversion#DIAGNOSTICS}. */
  public static final String DIAGNOSTICS = "diagnostics";

  /** The boolean column: no error and the score at least {@code failUnder} (the CLI's exit status 0). */
  public static final String PASSES = "passes";

  private final CheckSettings settings;
  private final String documentColumn;
  private final Optional<String> nameColumn;

  private ProfileCheck(Builder builder) {
    this.settings = new CheckSettings(builder.from, builder.jsonDocuments, builder.readSettings, builder.target,
        builder.placeholderPatterns, builder.failUnder);
    LibraryAdapter.validate(settings);
    this.documentColumn = builder.documentColumn;
    this.nameColumn = Optional.ofNullable(builder.nameColumn);
  }

  /** A new configuration: every target, the built-in placeholder patterns, formats detected. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The check of every row of {@code input}: its columns, then report, diagnostics and passes.
   *
   * @throws IllegalArgumentException when the document or name column is missing or not a
   *     string, or the input already has a column of an added name
   */
  public Dataset<Row> apply(Dataset<Row> input) {
    StructType schema = input.schema();
    int document = Columns.stringColumn(schema, documentColumn, "document");
    int name = nameColumn.map(column -> Columns.stringColumn(schema, column, "name")).orElse(-1);
    StructType out = Rows.extend(schema,
        Rows.field(REPORT, Rows.REPORT, true),
        Rows.field(DIAGNOSTICS, Rows.DIAGNOSTICS, false),
        Rows.field(PASSES, DataTypes.BooleanType, false));
    return input.mapPartitions(new CheckPartitions(settings, document, name, Columns.UNNAMED), Encoders.row(out));
  }

  /** Configures a check. */
  public static final class Builder {
    private String from;
    private boolean jsonDocuments;
    private final Map<String, String> readSettings = new LinkedHashMap<>();
    private String target;
    private String placeholderPatterns;
    private int failUnder;
    private String documentColumn = "document";
    private String nameColumn;

    private Builder() {}

    /** The format of every document; without it each one's is told from its name and content. */
    public Builder from(String formatId) {
      this.from = Objects.requireNonNull(formatId, "formatId");
      this.jsonDocuments = false;
      return this;
    }

    /** Every document is JSON, native or JSON Resume, told apart by content. */
    public Builder jsonDocuments() {
      this.jsonDocuments = true;
      this.from = null;
      return this;
    }

    /** A reader setting, as {@code profile check --set} gives one. */
    public Builder readSetting(String key, String value) {
      readSettings.put(key, value);
      return this;
    }

    /** Checks this target only (as {@code --target}); a profile without it gets an {@code unknown-target} error. */
    public Builder target(String targetId) {
      this.target = Objects.requireNonNull(targetId, "targetId");
      return this;
    }

    /**
     * Placeholder patterns, in the form of a {@code --patterns} file: one regular expression a
     * line, {@code #} comments, {@code @defaults} to keep the built-in ones.
     */
    public Builder placeholderPatterns(String patternsText) {
      this.placeholderPatterns = Objects.requireNonNull(patternsText, "patternsText");
      return this;
    }

    /** The score, 0 to 100, below which a profile does not pass (as {@code --fail-under}); 0 by default. */
    public Builder failUnder(int score) {
      this.failUnder = score;
      return this;
    }

    /** The string column holding the documents; {@code document} by default. */
    public Builder documentColumn(String column) {
      this.documentColumn = Objects.requireNonNull(column, "column");
      return this;
    }

    /** A string column naming each document: the file of its findings, and a hint to its format. */
    public Builder nameColumn(String column) {
      this.nameColumn = Objects.requireNonNull(column, "column");
      return this;
    }

    /** @throws IllegalArgumentException when the format is unknown, a pattern invalid or failUnder out of range */
    public ProfileCheck build() {
      return new ProfileCheck(this);
    }
  }
}
