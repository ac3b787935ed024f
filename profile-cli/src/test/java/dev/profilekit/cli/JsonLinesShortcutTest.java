package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.LineTranscoder;
import dev.profilekit.model.format.NativeOptions;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.testing.Examples;
import dev.profilekit.spi.TreeText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

/**
 * The differential test of the JSON Lines shortcut (JSON Resume lines straight to native JSON):
 * over every JSON fixture and example in the repository, every example written as a JSON
 * Resume, generated lines, and seeded mutations of all of them, the conversion with the
 * shortcut writes the same bytes and says the same things as the conversion that reads every
 * line the full way.
 */
class JsonLinesShortcutTest {
  private static final int MUTATIONS_PER_LINE = 40;
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  @TempDir static Path dir;
  private static final List<byte[]> SEEDS = new ArrayList<>();
  private static final List<byte[]> MUTATED = new ArrayList<>();

  @BeforeAll
  static void corpus() throws IOException {
    for (Path json : jsonFiles()) {
      String text = Files.readString(json);
      try {
        SEEDS.add(TreeText.compactJson(text).getBytes(StandardCharsets.UTF_8));
      } catch (RuntimeException notPlainJson) {
        // JSON with comments or a deliberately broken fixture: the raw text, on one line
      }
      if (!text.contains("//")) {
        SEEDS.add(oneLine(text.getBytes(StandardCharsets.UTF_8)));
      }
    }
    Format resume = Formats.standard().require("jsonresume");
    for (Path example : Examples.yamlFiles()) {
      Profile profile = Examples.read(example);
      String written = resume.writer().orElseThrow().write(profile, WriteOptions.defaults()).content();
      SEEDS.add(TreeText.compactJson(written).getBytes(StandardCharsets.UTF_8));
    }
    for (String line : Files.readAllLines(Path.of("src/test/resources/jsonlines/generated.resume.jsonl"))) {
      SEEDS.add(line.getBytes(StandardCharsets.UTF_8));
    }
    Random random = new Random(22);
    for (byte[] seed : SEEDS) {
      for (int i = 0; i < MUTATIONS_PER_LINE; i++) {
        MUTATED.add(oneLine(MutationFuzzTest.mutate(seed, random)));
      }
      Object tree = parsed(seed);
      for (int i = 0; tree != null && i < VALUE_MUTATIONS_PER_LINE; i++) {
        MUTATED.add(JSON.writeValueAsBytes(mutateValues(JSON.readValue(seed, Object.class), random)));
      }
    }
  }

  private static Object parsed(byte[] line) {
    try {
      return JSON.readValue(line, Object.class);
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  /**
   * Byte mutations mostly break the JSON; these keep it well formed and change what the values
   * say: a value replaced by one that needs a word (an empty text, "Present", a URL without a
   * scheme, a duplicate id, a number where text belongs…), a key renamed to a legacy or unknown
   * name, a value removed.
   */
  @SuppressWarnings("unchecked")
  private static Object mutateValues(Object tree, Random random) {
    int rounds = 1 + random.nextInt(3);
    for (int round = 0; round < rounds; round++) {
      List<Object[]> slots = new ArrayList<>();
      slots(tree, slots);
      if (slots.isEmpty()) {
        return tree;
      }
      Object[] slot = slots.get(random.nextInt(slots.size()));
      Object replacement = TROUBLE.get(random.nextInt(TROUBLE.size()));
      if (slot[0] instanceof Map) {
        Map<String, Object> map = (Map<String, Object>) slot[0];
        String key = (String) slot[1];
        switch (random.nextInt(4)) {
          case 0 -> map.remove(key);
          case 1 -> {
            Object value = map.remove(key);
            map.put(KEYS.get(random.nextInt(KEYS.size())), value);
          }
          default -> map.put(key, copy(replacement));
        }
      } else {
        ((List<Object>) slot[0]).set((Integer) slot[1], copy(replacement));
      }
    }
    return tree;
  }

  private static void slots(Object value, List<Object[]> into) {
    if (value instanceof Map<?, ?> map) {
      for (Object key : new ArrayList<>(map.keySet())) {
        into.add(new Object[] {map, key});
        slots(map.get(key), into);
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        into.add(new Object[] {list, i});
        slots(list.get(i), into);
      }
    }
  }

  private static Object copy(Object value) {
    return value == null ? null : JSON.readValue(JSON.writeValueAsBytes(value), Object.class);
  }

  private static final int VALUE_MUTATIONS_PER_LINE = 60;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Object> TROUBLE = java.util.Arrays.asList(
      "", null, 42L, 4.5, true, "Present", "now", "2019-13-01", "2019", "1999-02", "3000-01", "2020-02-30", "19",
      "2030-01", "1990", "example.com", "ftp://files.example.com/", "http://exa mple.com", "https://example.com/x",
      "mailto:someone@example.com", "not an email", "someone@example.com", "someone@localhost", "id with space", "id-3", "id-17", "x",
      List.of(), Map.of(), java.util.Arrays.asList("x", null), List.of("x", 3L), Map.of("a", 1L), "\u2028",
      "quote\"d", "1E+5", 1.0E5, new java.math.BigInteger("123456789012345678901234567890"), "required", "preferred",
      "work", "draft", Map.of("version", 1L), Map.of("version", 2L), List.of(Map.of()), "café");
  private static final List<String> KEYS = List.of("company", "website", "gpa", "picture", "x-own", "own", "id",
      "tags", "schemaVersion", "profilekit", "version", "basics", "url", "name", "startDate", "endDate", "location",
      "meta", "claims", "evidence", "refs", "$schema", "sections", "title", "draft", "priority");

  private static List<Path> jsonFiles() throws IOException {
    try (Stream<Path> files = Files.walk(REPOSITORY)) {
      return files
          .filter(path -> path.getFileName().toString().endsWith(".json"))
          .filter(path -> {
            String where = REPOSITORY.relativize(path).toString().replace('\\', '/');
            return (where.contains("/src/test/resources/") || where.startsWith("examples/"))
                && !where.contains("/target/") && !where.contains("node_modules");
          })
          .filter(path -> path.toFile().length() < 2_000_000)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** A JSON Lines line cannot hold a line break; in JSON it is whitespace, a space says the same. */
  private static byte[] oneLine(byte[] bytes) {
    byte[] line = bytes.clone();
    for (int i = 0; i < line.length; i++) {
      if (line[i] == '\n' || line[i] == '\r') {
        line[i] = ' ';
      }
    }
    return line;
  }

  private record Run(byte[] output, String messages) {}

  private static Run convert(List<byte[]> lines, Optional<String> lineFormat, boolean shortcut, String name) throws IOException {
    Path input = dir.resolve(name + ".jsonl");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      all.writeBytes(line);
      all.write('\n');
    }
    Files.write(input, all.toByteArray());
    Path output = dir.resolve(name + (shortcut ? ".shortcut" : ".full") + ".out.jsonl");
    StringWriter messages = new StringWriter();
    Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new PrintWriter(messages, true), false);
    WriteOptions oneLine = WriteOptions.builder().putSettings(NativeOptions.COMPACT, "true").build();
    JsonLinesConversion conversion = new JsonLinesConversion(lineFormat.map(Formats.standard()::require),
        Formats.standard().require("json"), ReadOptions.defaults(), oneLine, false, streams);
    assertThat(conversion.hasShortcut()).as("JSON Resume lines to native JSON have a shortcut").isTrue();
    (shortcut ? conversion : conversion.withoutShortcut()).fromLines(input.toString(), output.toString());
    byte[] written = Files.exists(output) ? Files.readAllBytes(output) : new byte[0];
    // The closing count says how long it took: the one line that may differ.
    String said = messages.toString().lines().filter(line -> !line.startsWith("converted ")).collect(Collectors.joining("\n"));
    String count = messages.toString().lines().filter(line -> line.startsWith("converted "))
        .map(line -> line.replaceAll(" in [0-9.]+ s \\([0-9]+ profiles/s\\)", "")).collect(Collectors.joining("\n"));
    return new Run(written, said + "\n" + count);
  }

  private static void assertSameBothWays(List<byte[]> lines, Optional<String> lineFormat, String name) throws IOException {
    Run full = convert(lines, lineFormat, false, name);
    Run shortcut = convert(lines, lineFormat, true, name);
    assertThat(shortcut.messages()).as(name + ": diagnostics").isEqualTo(full.messages());
    assertThat(new String(shortcut.output(), StandardCharsets.UTF_8)).as(name + ": output")
        .isEqualTo(new String(full.output(), StandardCharsets.UTF_8));
    assertThat(shortcut.output()).as(name + ": output bytes").isEqualTo(full.output());
  }

  @Test
  void everyFixtureConvertsToTheSameBytesAndDiagnosticsWithTheShortcutAsWithout() throws IOException {
    assertSameBothWays(SEEDS, Optional.empty(), "fixtures-detected");
    assertSameBothWays(SEEDS, Optional.of("jsonresume"), "fixtures-as-jsonresume");
  }

  @Test
  void everySeededMutationConvertsToTheSameBytesAndDiagnosticsWithTheShortcutAsWithout() throws IOException {
    assertSameBothWays(MUTATED, Optional.empty(), "mutations-detected");
    assertSameBothWays(MUTATED, Optional.of("jsonresume"), "mutations-as-jsonresume");
  }

  @Test
  void theShortcutTakesTheLinesTheFullReadHasNothingToSayAbout() {
    LineTranscoder shortcut = Formats.standard().require("jsonresume")
        .lineTranscoder(Formats.standard().require("json"), ReadOptions.defaults(),
            WriteOptions.builder().putSettings(NativeOptions.COMPACT, "true").build())
        .orElseThrow();
    long generatedTaken = SEEDS.subList(SEEDS.size() - 4, SEEDS.size()).stream()
        .filter(line -> shortcut.transcode(line, true).isPresent()).count();
    assertThat(generatedTaken).as("generated lines (the benchmark's shape) taking the shortcut").isEqualTo(4);
    long seedsTaken = SEEDS.stream().filter(line -> shortcut.transcode(line, true).isPresent()).count();
    assertThat(seedsTaken).as("fixtures taking the shortcut, of " + SEEDS.size()).isGreaterThan(SEEDS.size() / 10);
  }

  private static final List<String> EDGE_CASES = List.of(
      // The base entry is not an object and its meta.profilekit data is: the full read keeps the base silently.
      "{\"basics\":{\"name\":\"Ada Quill\"},\"work\":[\"Plain text\",{\"name\":\"Loom Works\"}],"
          + "\"meta\":{\"profilekit\":{\"version\":1,\"work\":[{\"id\":\"w-1\"},{\"id\":\"w-2\"}]}}}",
      "{\"basics\":{\"name\":\"Ada Quill\"},\"skills\":[\"Weaving\"],"
          + "\"meta\":{\"profilekit\":{\"version\":1,\"skills\":[{\"id\":\"s-1\"}]}}}",
      // An empty person (the default, which the writer leaves out), with and without other content.
      "{\"basics\":{},\"work\":[{\"name\":\"Loom Works\"}]}",
      "{\"basics\":{\"location\":{}},\"skills\":[{\"name\":\"Weaving\"}]}",
      "{\"basics\":{\"profiles\":[]},\"work\":[]}",
      "{\"work\":[{\"name\":\"Loom Works\"}],\"meta\":{\"profilekit\":{\"version\":1,\"person\":{\"name\":\"Ada Quill\"}}}}",
      "{\"basics\":{\"name\":\"Ada Quill\"},\"meta\":{\"profilekit\":{\"version\":1,\"person\":{}}}}",
      // A plain one the shortcut takes.
      "{\"basics\":{\"name\":\"Ada Quill\",\"url\":\"https://example.com/ada\"},\"work\":[{\"name\":\"Loom Works\","
          + "\"startDate\":\"2019-06\",\"endDate\":\"2021\"}]}");

  @Test
  void edgeCasesOfMergingAndDefaultsConvertTheSameWithTheShortcutAsWithout() throws IOException {
    List<byte[]> lines = EDGE_CASES.stream().map(line -> line.getBytes(StandardCharsets.UTF_8)).toList();
    assertSameBothWays(lines, Optional.empty(), "edge-cases-detected");
    assertSameBothWays(lines, Optional.of("jsonresume"), "edge-cases-as-jsonresume");
    LineTranscoder shortcut = Formats.standard().require("jsonresume")
        .lineTranscoder(Formats.standard().require("json"), ReadOptions.defaults(),
            WriteOptions.builder().putSettings(NativeOptions.COMPACT, "true").build())
        .orElseThrow();
    assertThat(shortcut.transcode(lines.get(lines.size() - 1), true)).as("a plain line").isPresent();
  }

  @Test
  void anyReadSettingOrAnotherTargetTurnsTheShortcutOff() {
    Format resume = Formats.standard().require("jsonresume");
    WriteOptions oneLine = WriteOptions.builder().putSettings(NativeOptions.COMPACT, "true").build();
    Format json = Formats.standard().require("json");
    assertThat(resume.lineTranscoder(json, ReadOptions.defaults(), oneLine)).isPresent();
    assertThat(resume.lineTranscoder(json,
        ReadOptions.builder().putSettings("validate", "strict").build(), oneLine))
        .as("validate=strict").isEmpty();
    assertThat(resume.lineTranscoder(json, ReadOptions.builder().putSettings("some.setting", "x").build(), oneLine))
        .as("any read setting").isEmpty();
    assertThat(resume.lineTranscoder(json, ReadOptions.defaults(), WriteOptions.defaults())).as("pretty JSON").isEmpty();
    assertThat(resume.lineTranscoder(Formats.standard().require("yaml"), ReadOptions.defaults(), oneLine))
        .as("another target").isEmpty();
  }
}
