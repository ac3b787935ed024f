package dev.profilekit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.to_json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProfileCheckTest {
  private static final StructType NAMED = new StructType()
      .add("name", DataTypes.StringType, false)
      .add("document", DataTypes.StringType, true);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SparkSession spark = SharedSpark.session();

  @Test
  void theReportOfEachProfileHasTheFieldsAndValuesOfTheClisJsonReport(@TempDir Path dir) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> yaml = Documents.generated(31, 12, "yaml");
    List<String> resumes = Documents.generated(32, 6, "jsonresume");
    for (int i = 0; i < yaml.size(); i++) {
      rows.add(file(dir, "p" + i + ".yaml", yaml.get(i)));
    }
    for (int i = 0; i < resumes.size(); i++) {
      rows.add(file(dir, "r" + i + ".resume.json", resumes.get(i)));
    }
    rows.add(file(dir, "draft.md", Files.readString(Path.of(System.getProperty("examples.dir"), "application-draft.md"))));
    rows.add(file(dir, "full.yaml", Files.readString(Path.of(System.getProperty("examples.dir"), "full.yaml"))));

    Dataset<Row> checked = ProfileCheck.builder().nameColumn("name").build()
        .apply(spark.createDataFrame(rows, NAMED))
        .withColumn("json", to_json(col("report")));
    List<Row> results = checked.collectAsList();

    assertThat(results).hasSize(rows.size());
    for (Row result : results) {
      String name = result.getAs("name");
      Cli.Result cli = Cli.run("check", name, "--format", "json");
      assertThat(result.<Row>getAs("report")).as(name).isNotNull();
      assertThat(comparable(JSON.readTree(result.<String>getAs("json"))))
          .as(name)
          .isEqualTo(comparable(JSON.readTree(cli.out())));
      assertThat(result.<Boolean>getAs("passes")).as(name).isEqualTo(cli.exitCode() == 0);
    }
    assertThat(results).anySatisfy(result -> assertThat(result.<Boolean>getAs("passes")).isFalse());
  }

  @Test
  void aProfileThatCannotBeReadHasNoReportAndSaysWhy() {
    List<Row> results = ProfileCheck.builder().from("yaml").build()
        .apply(spark.createDataFrame(List.of(RowFactory.create("bad.yaml", "person: [unclosed")), NAMED))
        .collectAsList();

    assertThat(results).hasSize(1);
    Row result = results.get(0);
    assertThat(result.<Row>getAs("report")).isNull();
    assertThat(result.<Boolean>getAs("passes")).isFalse();
    assertThat(result.<Row>getList(result.fieldIndex("diagnostics")))
        .extracting(d -> d.<String>getAs("severity")).contains("error");
  }

  @Test
  void aNamedTargetAProfileLacksIsAnErrorOfThatRowOnly() throws IOException {
    String full = Files.readString(Path.of(System.getProperty("examples.dir"), "full.yaml"));
    List<Row> results = ProfileCheck.builder().from("yaml").target("no-such-target").build()
        .apply(spark.createDataFrame(List.of(RowFactory.create("full.yaml", full)), NAMED))
        .collectAsList();

    Row result = results.get(0);
    assertThat(result.<Row>getAs("report")).isNull();
    assertThat(result.<Row>getList(result.fieldIndex("diagnostics")))
        .extracting(d -> d.<String>getAs("code")).containsExactly("unknown-target");
  }

  @Test
  void anOutOfRangeFailUnderIsRefusedAtOnce() {
    assertThatThrownBy(() -> ProfileCheck.builder().failUnder(101).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("between 0 and 100");
  }

  private static Row file(Path dir, String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return RowFactory.create(path.toString(), content);
  }

  /**
   * A JSON tree as plain values for comparison: Spark's {@code to_json} leaves out null fields and
   * writes a double 40 as {@code 40.0}; the CLI writes {@code null} and {@code 40}.
   */
  private static Object comparable(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        if (!entry.getValue().isNull()) {
          map.put(entry.getKey(), comparable(entry.getValue()));
        }
      }
      return map;
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(element -> list.add(comparable(element)));
      return list;
    }
    if (node.isNumber()) {
      return new BigDecimal(node.asString()).stripTrailingZeros();
    }
    return node.isBoolean() ? node.asBoolean() : node.asString();
  }
}
