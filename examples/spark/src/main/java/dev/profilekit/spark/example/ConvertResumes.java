package dev.profilekit.spark.example;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.nullif;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import dev.profilekit.spark.ProfileConversion;
import dev.profilekit.spark.ProfileData;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Converts a directory of JSON Lines JSON Resumes (one résumé a line) into native JSON Lines
 * ({@code OUTPUT/json}) and one HTML page per résumé ({@code OUTPUT/html}); every line that
 * could not be converted goes, with its diagnostics, to {@code OUTPUT/errors}. Exits 0 when
 * every line converted, 1 when some did not (as {@code profile convert} does), 2 on wrong usage.
 */
public final class ConvertResumes {
  private ConvertResumes() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ConvertResumes INPUT OUTPUT");
      System.err.println("  INPUT   JSON Lines files of JSON Resumes: a file, a directory or a glob (any file system Spark reaches)");
      System.err.println("  OUTPUT  a new directory: json/ (native JSON Lines), html/ (a page per resume), errors/");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("profile-kit-convert-resumes").getOrCreate();
    ProfileConversion.Summary summary;
    try {
      summary = run(spark, args[0], args[1]);
    } finally {
      spark.stop();
    }
    System.out.printf(Locale.ROOT, "converted %d of %d resumes to %s/json and %s/html; %d failed%s; %d with warnings%n",
        summary.converted(), summary.total(), args[1], args[1], summary.failed(),
        summary.failed() == 0 ? "" : " (their diagnostics: " + args[1] + "/errors)", summary.withWarnings());
    System.exit(summary.failed() == 0 ? 0 : 1);
  }

  /** The job itself, on a session the caller owns. */
  public static ProfileConversion.Summary run(SparkSession spark, String input, String output) {
    ProfileConversion toJson = ProfileConversion.builder()
        .from("jsonresume").nameColumn(ProfileData.SOURCE)
        .to("json").oneLine()
        .build();
    // Read once, used three times: the summary, the JSON Lines, the pages.
    Dataset<Row> json = toJson.apply(ProfileData.readJsonLines(spark, input)).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      ProfileConversion.Summary summary = toJson.summarize(json);
      Dataset<Row> converted = json.filter(col(ProfileConversion.OK));
      ProfileData.writeJsonLines(converted, ProfileConversion.OUTPUT, output + "/json");

      Dataset<Row> pages = ProfileConversion.builder().from("json").nameColumn(ProfileData.SOURCE).to("html").build()
          .apply(converted.select(col(ProfileData.SOURCE), col(ProfileConversion.OUTPUT).as("document")))
          .withColumn("file", pageName(col("document")));
      ProfileData.writeFiles(pages.filter(col(ProfileConversion.OK)), "file", ProfileConversion.OUTPUT, output + "/html");

      json.filter(not(col(ProfileConversion.OK)))
          .select(col(ProfileData.SOURCE), col(ProfileConversion.DIAGNOSTICS), col(ProfileData.DOCUMENT))
          .unionByName(pages.filter(not(col(ProfileConversion.OK)))
              .select(col(ProfileData.SOURCE), col(ProfileConversion.DIAGNOSTICS), col(ProfileData.DOCUMENT)))
          .write().mode(SaveMode.ErrorIfExists).json(output + "/errors");
      return summary;
    } finally {
      json.unpersist();
    }
  }

  /**
   * A page's file name: the person's name in lower case, runs of other characters as one dash,
   * then the start of the document's SHA-256, so that two people of one name get two pages and
   * a rerun names every page as before.
   */
  private static Column pageName(Column nativeJson) {
    Column slug = regexp_replace(lower(get_json_object(nativeJson, "$.person.name")), "[^\\p{L}\\p{N}]+", "-");
    Column trimmed = nullif(regexp_replace(slug, "^-+|-+$", ""), lit(""));
    return concat(coalesce(trimmed, lit("profile")), lit("-"), substring(sha2(nativeJson, 256), 1, 10), lit(".html"));
  }
}
