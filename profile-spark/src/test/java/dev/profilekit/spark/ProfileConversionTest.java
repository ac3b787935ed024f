package dev.profilekit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileConversionTest {
  private static final StructType NUMBERED = new StructType()
      .add("line", DataTypes.IntegerType, false)
      .add("document", DataTypes.StringType, true);
  private static final StructType NAMED = new StructType()
      .add("name", DataTypes.StringType, false)
      .add("document", DataTypes.StringType, true);
  /** The CLI's one-line diagnostics: {@code file:line:col: error: message [code]}. */
  private static final Pattern CLI_ERROR = Pattern.compile(":(\\d+):\\d+: error: .*\\[([a-z0-9-]+)\\]$");

  private final SparkSession spark = SharedSpark.session();

  @Test
  void jsonLinesConvertAsTheCliConvertsThemAndNoLineIsLost(@TempDir Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    List<String> resumes = Documents.generated(7, 120, "jsonresume");
    List<String> natives = Documents.generated(8, 40, "json");
    for (int i = 0; i < resumes.size(); i++) {
      lines.add(Documents.oneLine(resumes.get(i)));
      if (i % 3 == 0) {
        lines.add(Documents.oneLine(natives.get(i / 3)));
      }
    }
    lines.add(17, "{\"basics\": {\"name\": \"Truncated");
    lines.add(40, "42");
    lines.add(90, "{\"basics\": {\"name\": \"Ola Nordmann\"}, \"work\": \"not a list\"}");
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);

    Cli.Result cli = Cli.run("convert", in.toString(), "--from", "jsonl", "--to", "jsonl", "-o", out.toString(), "--quiet");
    List<String> cliOutput = Files.readAllLines(out, StandardCharsets.UTF_8);
    Map<Integer, Set<String>> cliErrors = errorCodesByLine(cli.err());

    ProfileConversion conversion = ProfileConversion.builder().jsonDocuments().to("json").oneLine().build();
    Dataset<Row> converted = conversion.apply(numbered(lines));
    List<Row> rows = converted.orderBy("line").collectAsList();

    assertThat(cli.exitCode()).isEqualTo(1);
    assertThat(rows).hasSize(lines.size());
    assertThat(rows.stream().map(row -> row.<Integer>getAs("line")).toList())
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, lines.size()).boxed().toList());
    assertThat(rows.stream().filter(row -> row.<Boolean>getAs("ok")).map(row -> row.<String>getAs("output")).toList())
        .containsExactlyElementsOf(cliOutput);
    Map<Integer, Set<String>> sparkErrors = new TreeMap<>();
    for (Row row : rows) {
      if (!row.<Boolean>getAs("ok")) {
        assertThat(row.<String>getAs("output")).isNull();
        sparkErrors.put(row.getAs("line"), errorCodes(row));
      }
    }
    assertThat(sparkErrors).isEqualTo(cliErrors).containsKeys(18, 41, 91);

    ProfileConversion.Summary summary = conversion.summarize(converted);
    assertThat(summary.total()).isEqualTo(lines.size());
    assertThat(summary.failed()).isEqualTo(cliErrors.size());
    assertThat(summary.converted()).isEqualTo(cliOutput.size());
  }

  @Test
  void eachFormatIsToldByNameAndWrittenAsTheCliWritesIt(@TempDir Path dir) throws IOException {
    List<Row> named = new ArrayList<>();
    Map<String, String> documents = new TreeMap<>();
    String[] formats = {"yaml", "json", "jsonresume", "markdown"};
    String[] endings = {".yaml", ".json", ".resume.json", ".md"};
    for (int f = 0; f < formats.length; f++) {
      List<String> generated = Documents.generated(20 + f, 2, formats[f]);
      for (int i = 0; i < generated.size(); i++) {
        String name = dir.resolve("p" + f + i + endings[f]).toString();
        Files.writeString(dir.resolve(name), generated.get(i), StandardCharsets.UTF_8);
        documents.put(name, generated.get(i));
        named.add(RowFactory.create(name, generated.get(i)));
      }
    }
    for (String to : List.of("json", "html")) {
      Dataset<Row> converted = ProfileConversion.builder().to(to).nameColumn("name").build()
          .apply(spark.createDataFrame(named, NAMED));
      Map<String, String> outputs = converted.collectAsList().stream()
          .collect(Collectors.toMap(row -> row.<String>getAs("name"), row -> String.valueOf(row.<String>getAs("output"))));
      for (String name : documents.keySet()) {
        Cli.Result cli = Cli.run("convert", name, "--to", to, "-o", "-");
        assertThat(cli.exitCode()).as(name + " " + cli.err()).isZero();
        assertThat(outputs.get(name)).as(name + " to " + to).isEqualTo(cli.out());
      }
    }
  }

  @Test
  void aRowThatCannotBeConvertedKeepsItsColumnsAndSaysWhy() {
    Dataset<Row> input = spark.createDataFrame(List.of(
        RowFactory.create(1, null),
        RowFactory.create(2, "person: [unclosed"),
        RowFactory.create(3, "")), NUMBERED);

    List<Row> rows = ProfileConversion.builder().from("yaml").to("json").build().apply(input).orderBy("line").collectAsList();

    assertThat(rows).hasSize(3);
    assertThat(rows).allSatisfy(row -> {
      assertThat(row.<Boolean>getAs("ok")).isFalse();
      assertThat(row.<String>getAs("output")).isNull();
      assertThat(row.<List<Row>>getList(row.fieldIndex("diagnostics"))).isNotEmpty();
    });
    Row missing = rows.get(0).<Row>getList(rows.get(0).fieldIndex("diagnostics")).get(0);
    assertThat(missing.<String>getAs("code")).isEqualTo("missing-document");
    assertThat(missing.<String>getAs("severity")).isEqualTo("error");
    Row syntax = rows.get(1).<Row>getList(rows.get(1).fieldIndex("diagnostics")).get(0);
    assertThat(syntax.<String>getAs("severity")).isEqualTo("error");
    assertThat(syntax.<Integer>getAs("line")).isEqualTo(1);
    assertThat(syntax.<Integer>getAs("column")).isPositive();
    assertThat(syntax.<String>getAs("file")).isEqualTo("document");
  }

  @Test
  void aMisspeltFormatFailsBeforeAnyTaskRunsAndListsTheKnownOnes() {
    assertThatThrownBy(() -> ProfileConversion.builder().from("jsonresum").to("json").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown format 'jsonresum'")
        .hasMessageContaining("jsonresume");
    assertThatThrownBy(() -> ProfileConversion.builder().from("html").to("json").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be read");
  }

  @Test
  void aBinaryFormatFailsBeforeAnyTaskRunsForTheColumnsAreText() {
    assertThatThrownBy(() -> ProfileConversion.builder().to("pdf").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the format 'pdf' is binary and the output column is text")
        .hasMessageContaining("writable: ")
        .hasMessageNotContaining("pdf,").hasMessageNotContaining(", pdf");
    assertThatThrownBy(() -> ProfileConversion.builder().from("pdf").to("json").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the format 'pdf' is binary and documents are text columns");
  }

  @Test
  void theDocumentColumnMustBeThereAndBeText() {
    ProfileConversion conversion = ProfileConversion.builder().to("json").documentColumn("text").build();
    assertThatThrownBy(() -> conversion.apply(numbered(List.of("{}"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no document column 'text' (columns: line, document)");
    assertThatThrownBy(() -> ProfileConversion.builder().to("json").documentColumn("line").build().apply(numbered(List.of("{}"))))
        .hasMessage("the document column 'line' is int, not string");
    Dataset<Row> once = ProfileConversion.builder().to("json").build().apply(numbered(List.of("{}")));
    assertThatThrownBy(() -> ProfileConversion.builder().to("json").build().apply(once))
        .hasMessageContaining("already has a column named 'output'");
  }

  private Dataset<Row> numbered(List<String> lines) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      rows.add(RowFactory.create(i + 1, lines.get(i)));
    }
    return spark.createDataFrame(rows, NUMBERED);
  }

  private static Set<String> errorCodes(Row row) {
    Set<String> codes = new TreeSet<>();
    for (Row diagnostic : row.<Row>getList(row.fieldIndex("diagnostics"))) {
      if (diagnostic.<String>getAs("severity").equals("error")) {
        codes.add(diagnostic.getAs("code"));
      }
    }
    return codes;
  }

  private static Map<Integer, Set<String>> errorCodesByLine(String err) {
    Map<Integer, Set<String>> codes = new TreeMap<>();
    for (String line : err.split("\\R")) {
      Matcher m = CLI_ERROR.matcher(line);
      if (m.find()) {
        codes.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new TreeSet<>()).add(m.group(2));
      }
    }
    return codes;
  }
}
