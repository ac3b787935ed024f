package dev.profilekit.render.jsonresume;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.ReadContext;
import dev.profilekit.spi.TreeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Reading, writing and checking JSON Resumes in tests. */
final class JsonResumeTesting {
  private JsonResumeTesting() {}

  static Format format() {
    return Formats.standard().require(JsonResumeFormat.ID);
  }

  static ReadResult read(String name, String json) {
    return format().reader().orElseThrow().read(Input.ofString(name, json), ReadOptions.defaults());
  }

  static ReadResult readStrictly(String name, String json) {
    return format().reader().orElseThrow().read(Input.ofString(name, json),
        ReadOptions.builder().putSettings(JsonResumeFormat.VALIDATE_SETTING, JsonResumeFormat.VALIDATE_STRICT).build());
  }

  /** Reads {@code json}, which must read without any diagnostic. */
  static Profile readCleanly(String json) {
    ReadResult result = read("test.resume.json", json);
    assertThat(result.diagnostics()).as(json).isEmpty();
    return result.profile().orElseThrow();
  }

  static WriteResult write(Profile profile) {
    return format().writer().orElseThrow().write(profile);
  }

  /** Writes JSON Resume 1.0 keys alone, without the pre-1.0 aliases themes read. */
  static WriteResult writeWithoutAliases(Profile profile) {
    return format().writer().orElseThrow().write(profile,
        WriteOptions.builder().putSettings(JsonResumeFormat.ALIASES_SETTING, JsonResumeFormat.ALIASES_OFF).build());
  }

  /** {@code json} as the writer lays it out, key order kept: two documents compare with their order. */
  static String canonical(String json) {
    return TreeText.json(tree(json));
  }

  /** The paths of {@code input} whose value {@code output} does not have at the same place. */
  static List<String> missingOrChanged(Object input, Object output, String path) {
    List<String> problems = new java.util.ArrayList<>();
    if (input instanceof Map<?, ?> given && output instanceof Map<?, ?> written) {
      given.forEach((key, value) -> {
        if (!written.containsKey(key)) {
          problems.add(path + "." + key + " is missing");
        } else {
          problems.addAll(missingOrChanged(value, written.get(key), path + "." + key));
        }
      });
    } else if (input instanceof List<?> given && output instanceof List<?> written && given.size() == written.size()) {
      for (int i = 0; i < given.size(); i++) {
        problems.addAll(missingOrChanged(given.get(i), written.get(i), path + "[" + i + "]"));
      }
    } else if (!java.util.Objects.equals(input, output)) {
      problems.add(path + " was " + input + ", is " + output);
    }
    return problems;
  }

  /** A test resource as text. */
  static String resource(String name) {
    try (InputStream in = JsonResumeTesting.class.getResourceAsStream("/jsonresume/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JSON as plain maps and lists, so documents compare regardless of key order. */
  static Object tree(String json) {
    try {
      return ModelTrees.readPlain(
          TreeText.parse(TreeText.Syntax.JSON, Limits.defaults(), "test.json", json, 0), "$", new ReadContext(10));
    } catch (InputProblem e) {
      throw new AssertionError(e.diagnostic().format(), e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) {
    return (Map<String, Object>) tree(json);
  }

  private static final class Official {
    static final Schema SCHEMA =
        SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_4,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
            .getSchema(resource("schema.json"), InputFormat.JSON);
  }

  /** What the official JSON Resume 1.0.0 schema (format assertions on) finds wrong, as text. */
  static List<String> schemaErrors(String json) {
    return Official.SCHEMA.validate(json, InputFormat.JSON).stream()
        .map(error -> error.getInstanceLocation() + ": " + error.getMessage())
        .toList();
  }
}
