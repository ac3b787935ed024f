package dev.profilekit.spark.internal;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark types of what the transforms add. Field names and order are those of the CLI's
 * JSON ({@code validate --format json}, {@code check --format json}), so {@code to_json} of a
 * report reads like the CLI's output.
 */
public final class Rows {
  private Rows() {}

  /** One diagnostic: severity, code, message, and where known path, file, line, column, hint. */
  public static final StructType DIAGNOSTIC = createStructType(List.of(
      field("severity", StringType, false),
      field("code", StringType, false),
      field("message", StringType, false),
      field("path", StringType, true),
      field("file", StringType, true),
      field("line", IntegerType, true),
      field("column", IntegerType, true),
      field("hint", StringType, true)));

  public static final ArrayType DIAGNOSTICS = createArrayType(DIAGNOSTIC, false);

  private static final StructType ANSWERED = createStructType(List.of(
      field("answered", IntegerType, false),
      field("total", IntegerType, false)));

  private static final StructType COVERAGE = createStructType(List.of(
      field("required", ANSWERED, false),
      field("preferred", ANSWERED, false),
      field("claims", createStructType(List.of(
          field("withEvidence", IntegerType, false),
          field("withOnlyWeakEvidence", IntegerType, false),
          field("total", IntegerType, false),
          field("empty", IntegerType, false))), false),
      field("placeholders", IntegerType, false),
      field("contradictions", IntegerType, false)));

  private static final StructType SCORE_PART = createStructType(List.of(
      field("name", StringType, false),
      field("weight", IntegerType, false),
      field("earned", DoubleType, false)));

  private static final StructType NOT_APPLICABLE = createStructType(List.of(
      field("name", StringType, false),
      field("reason", StringType, false)));

  private static final StructType ANSWER_EVIDENCE = createStructType(List.of(
      field("claim", StringType, false),
      field("kind", StringType, false),
      field("text", StringType, false),
      field("refs", createArrayType(StringType, false), false),
      field("weak", BooleanType, false),
      field("path", StringType, false),
      field("file", StringType, true),
      field("line", IntegerType, true),
      field("column", IntegerType, true)));

  private static final StructType MATCH = createStructType(List.of(
      field("kind", StringType, false),
      field("id", StringType, true),
      field("path", StringType, false),
      field("text", StringType, false),
      field("score", DoubleType, false),
      field("matchedWords", createArrayType(StringType, false), false)));

  private static final StructType SUGGESTION = createStructType(List.of(
      field("for", StringType, false),
      field("id", StringType, false),
      field("path", StringType, false),
      field("matches", createArrayType(MATCH, false), false)));

  /** The check report: the fields of {@code profile check --format json}, in its order. */
  public static final StructType REPORT = createStructType(List.of(
      field("score", IntegerType, true),
      field("errors", LongType, false),
      field("warnings", LongType, false),
      field("targets", createArrayType(StringType, false), false),
      field("coverage", COVERAGE, false),
      field("scoreParts", createArrayType(SCORE_PART, false), false),
      field("notApplicable", createArrayType(NOT_APPLICABLE, false), false),
      field("findings", DIAGNOSTICS, false),
      field("answerEvidence", createArrayType(ANSWER_EVIDENCE, false), false),
      field("suggestions", createArrayType(SUGGESTION, false), false)));

  /** A list as Spark's row encoder takes an array: a Scala sequence (a view, not a copy). */
  public static Seq<Object> seq(List<?> list) {
    @SuppressWarnings("unchecked")
    List<Object> values = (List<Object>) list;
    return CollectionConverters.asScala(values);
  }

  public static Row diagnostic(String severity, String code, String message, String path, String file,
      Integer line, Integer column, String hint) {
    return RowFactory.create(severity, code, message, path, file, line, column, hint);
  }

  /** {@code input} with {@code added} fields after its own, each refused if the input has it already. */
  public static StructType extend(StructType input, StructField... added) {
    StructType out = input;
    for (StructField field : added) {
      if (List.of(input.fieldNames()).contains(field.name())) {
        throw new IllegalArgumentException("the input already has a column named '" + field.name()
            + "': choose other names for the columns the transform adds");
      }
      out = out.add(field);
    }
    return out;
  }

  public static StructField field(String name, DataType type, boolean nullable) {
    return createStructField(name, type, nullable);
  }
}
