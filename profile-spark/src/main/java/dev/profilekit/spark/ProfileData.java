package dev.profilekit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import dev.profilekit.spark.internal.FileWriting;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Profiles in and out of storage through Spark's own data sources, so that any file system
 * Spark reaches (local, HDFS, S3…) works: JSON Lines directories (the text source: each line
 * kept exactly as written, no schema inferred), Parquet, and one file per profile.
 */
public final class ProfileData {
  /** The column {@link #readJsonLines} puts each line in, as written. */
  public static final String DOCUMENT = "document";

  /** The column {@link #readJsonLines} names each line's file in (a URI, e.g. {@code file:/data/a.jsonl}). */
  public static final String SOURCE = "source";

  private ProfileData() {}

  /**
   * Every line of the JSON Lines files at {@code paths} (files, directories or globs) as a
   * {@code document}, with its {@code source} file. Blank lines are not documents and are
   * skipped, as {@code profile convert --from jsonl} skips them.
   */
  public static Dataset<Row> readJsonLines(SparkSession spark, String... paths) {
    return spark.read().text(paths)
        .select(col("value").as(DOCUMENT), col("_metadata.file_path").as(SOURCE))
        .filter(trim(col(DOCUMENT)).notEqual(""));
  }

  /**
   * Writes {@code column} of every row as one line of JSON Lines files in the new directory
   * {@code path}, one file per partition. Fails (writing nothing) when {@code path} exists, and
   * fails the job when a value is null (a failed row: keep only {@code ok} rows, and write the
   * others' diagnostics elsewhere) or holds a line break (see {@link ProfileConversion.Builder#oneLine}).
   */
  public static void writeJsonLines(Dataset<Row> rows, String column, String path) {
    Column value = col(column);
    Column checked = when(value.isNull(), raise_error(lit("a row to write as JSON Lines has no " + column
            + " (a failed row?): filter on ok first")))
        .when(value.contains("\n").or(value.contains("\r")), raise_error(concat(lit("a " + column
            + " to write as JSON Lines spans several lines (convert with oneLine()): "), value.substr(0, 80))))
        .otherwise(value);
    rows.select(checked.as("value")).write().mode(SaveMode.ErrorIfExists).text(path);
  }

  /** Writes {@code rows}, nested diagnostics and reports included, as Parquet in the new directory {@code path}. */
  public static void writeParquet(Dataset<Row> rows, String path) {
    rows.write().mode(SaveMode.ErrorIfExists).parquet(path);
  }

  /** Reads what {@link #writeParquet} wrote, with its schema. */
  public static Dataset<Row> readParquet(SparkSession spark, String... paths) {
    return spark.read().parquet(paths);
  }

  /**
   * Writes each row's {@code contentColumn} to its own file, named by {@code nameColumn}, in
   * {@code directory} (created when missing), through Hadoop's file system API, from the
   * executors: for formats that are one file each, such as HTML. Each file is written under a
   * temporary name and renamed into place, so a file is whole or absent, and a retried task
   * writes the same file again. Fails the job on a null content, or a name that is empty, has a
   * path separator or starts with a dot.
   */
  public static void writeFiles(Dataset<Row> rows, String nameColumn, String contentColumn, String directory) {
    SparkSession spark = rows.sparkSession();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, String> settings = new HashMap<>();
    hadoop.forEach(entry -> settings.put(entry.getKey(), entry.getValue()));
    FileWriting writing = new FileWriting(settings, directory);
    writing.createDirectory();
    rows.select(col(nameColumn), col(contentColumn)).foreachPartition(writing);
  }
}
