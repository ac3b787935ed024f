package dev.profilekit.spark.example;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import dev.profilekit.spark.ProfileConversion;
import dev.profilekit.spark.ProfileData;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark counterpart of {@code profile convert IN.jsonl --from jsonl --to jsonl -o OUT}:
 * JSON Lines of JSON Resumes or native JSON in, native JSON Lines out ({@code OUTPUT/json}),
 * failures with their diagnostics in {@code OUTPUT/errors}; prints the rate the CLI prints.
 */
public final class ConvertJsonLines {
  private ConvertJsonLines() {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: ConvertJsonLines INPUT OUTPUT");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("profile-kit-convert-json-lines").getOrCreate();
    long started = System.nanoTime();
    ProfileConversion.Summary summary;
    try {
      ProfileConversion conversion = ProfileConversion.builder()
          .jsonDocuments().nameColumn(ProfileData.SOURCE).to("json").oneLine().build();
      Dataset<Row> converted = conversion.apply(ProfileData.readJsonLines(spark, args[0]))
          .persist(StorageLevel.MEMORY_AND_DISK());
      ProfileData.writeJsonLines(converted.filter(col(ProfileConversion.OK)), ProfileConversion.OUTPUT, args[1] + "/json");
      converted.filter(not(col(ProfileConversion.OK)))
          .select(col(ProfileData.SOURCE), col(ProfileConversion.DIAGNOSTICS), col(ProfileData.DOCUMENT))
          .write().mode(SaveMode.ErrorIfExists).json(args[1] + "/errors");
      summary = conversion.summarize(converted);
      converted.unpersist();
    } finally {
      spark.stop();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "converted %d of %d profiles to %s/json in %.1f s (%.0f profiles/s)%s%n",
        summary.converted(), summary.total(), args[1], seconds, summary.total() / Math.max(seconds, 1e-9),
        summary.failed() == 0 ? "" : "; " + summary.failed() + " failed (see " + args[1] + "/errors)");
    System.exit(summary.failed() == 0 ? 0 : 1);
  }
}
