package dev.profilekit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileDataTest {
  private final SparkSession spark = SharedSpark.session();

  @Test
  void aJsonLinesDirectoryReadsAsOneRowPerLineWithItsFileAndWritesBackTheSame(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<String> lines = Documents.generated(41, 6, "jsonresume").stream().map(Documents::oneLine).toList();
    Files.writeString(in.resolve("a.jsonl"), lines.get(0) + "\n\n" + lines.get(1) + "\n" + lines.get(2) + "\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b.jsonl"), lines.get(3) + "\r\n   \r\n" + lines.get(4) + "\r\n" + lines.get(5), StandardCharsets.UTF_8);

    Dataset<Row> documents = ProfileData.readJsonLines(spark, in.toString());
    List<Row> rows = documents.collectAsList();

    assertThat(rows).extracting(row -> row.<String>getAs("document")).containsExactlyInAnyOrderElementsOf(lines);
    assertThat(rows).filteredOn(row -> row.<String>getAs("source").endsWith("/a.jsonl")).hasSize(3);
    assertThat(rows).filteredOn(row -> row.<String>getAs("source").endsWith("/b.jsonl")).hasSize(3);

    Path out = dir.resolve("out");
    ProfileData.writeJsonLines(documents, "document", out.toString());
    assertThat(linesOf(out)).containsExactlyInAnyOrderElementsOf(lines);
  }

  @Test
  void writingJsonLinesRefusesFailedRowsAndDocumentsOnSeveralLines(@TempDir Path dir) {
    Dataset<Row> converted = ProfileConversion.builder().from("yaml").to("json").build()
        .apply(spark.sql("SELECT 'person: [unclosed' AS document"));
    assertThatThrownBy(() -> ProfileData.writeJsonLines(converted, "output", dir.resolve("failed").toString()))
        .hasMessageContaining("filter on ok first");

    Dataset<Row> pretty = ProfileConversion.builder().from("yaml").to("json").build()
        .apply(spark.createDataset(List.of("schemaVersion: 1\nperson:\n  name: Ada Lovelace\n"), Encoders.STRING()).toDF("document"));
    assertThat(pretty.first().<Boolean>getAs("ok")).isTrue();
    assertThatThrownBy(() -> ProfileData.writeJsonLines(pretty, "output", dir.resolve("pretty").toString()))
        .hasMessageContaining("spans several lines");
  }

  @Test
  void convertedRowsWithTheirDiagnosticsSurviveParquet(@TempDir Path dir) {
    List<String> documents = new ArrayList<>(Documents.generated(42, 5, "yaml"));
    documents.add("person: [unclosed");
    Dataset<Row> input = spark.createDataset(documents, Encoders.STRING()).toDF("document");
    Dataset<Row> converted = ProfileConversion.builder().from("yaml").to("jsonresume").build().apply(input);
    Path parquet = dir.resolve("converted.parquet");

    ProfileData.writeParquet(converted, parquet.toString());
    Dataset<Row> back = ProfileData.readParquet(spark, parquet.toString());

    assertThat(back.schema()).isEqualTo(converted.schema().asNullable());
    assertThat(back.collectAsList()).containsExactlyInAnyOrderElementsOf(converted.collectAsList());
    assertThat(back.filter(col("ok").equalTo(false)).count()).isEqualTo(1);
  }

  @Test
  void eachRowBecomesOneWholeFileWithNothingBesideIt(@TempDir Path dir) throws IOException {
    Dataset<Row> html = ProfileConversion.builder().from("yaml").to("html").build()
        .apply(spark.createDataset(Documents.generated(43, 4, "yaml"), Encoders.STRING()).toDF("document"))
        .withColumn("file", concat(lit("p"), monotonically_increasing_id(), lit(".html")))
        .cache();
    Path out = dir.resolve("html");

    ProfileData.writeFiles(html, "file", "output", out.toString());

    List<Row> rows = html.collectAsList();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(rows.stream().map(row -> row.<String>getAs("file")).toList());
    }
    for (Row row : rows) {
      assertThat(Files.readString(out.resolve(row.<String>getAs("file")))).isEqualTo(row.<String>getAs("output"));
    }
    assertThatThrownBy(() -> ProfileData.writeFiles(html.withColumn("file", lit("../escape.html")), "file", "output", out.toString()))
        .hasMessageContaining("cannot write a file named '../escape.html'");
  }

  private static List<String> linesOf(Path directory) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
