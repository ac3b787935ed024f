package dev.profilekit.spark.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.spark.ProfileConversion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertResumesTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("convert-resumes-test")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void theSampleResumesBecomeNativeJsonLinesAndPagesAndTheBrokenLineIsReported(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");

    ProfileConversion.Summary summary = ConvertResumes.run(spark, Path.of("resumes").toAbsolutePath().toString(), out.toString());

    assertThat(summary).isEqualTo(new ProfileConversion.Summary(4, 3, 1, summary.withWarnings()));
    List<String> json = partLines(out.resolve("json"));
    assertThat(json).hasSize(3).allSatisfy(line -> assertThat(line).startsWith("{").doesNotContain("\n"));
    assertThat(String.join("\n", json)).contains("\"name\":\"Mira Okonkwo\"", "\"name\":\"Jonas Berglund\"", "\"name\":\"Ana Souza\"");
    try (Stream<Path> pages = Files.list(out.resolve("html"))) {
      assertThat(pages.map(p -> p.getFileName().toString()).sorted().toList())
          .hasSize(3)
          .allSatisfy(name -> assertThat(name).matches("(ana-souza|jonas-berglund|mira-okonkwo)-[0-9a-f]{10}\\.html"));
    }
    List<String> errors = partLines(out.resolve("errors"));
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).contains("part-00001.jsonl", "\"severity\":\"error\"", "Lee Truncated");
  }

  private static List<String> partLines(Path directory) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }
}
