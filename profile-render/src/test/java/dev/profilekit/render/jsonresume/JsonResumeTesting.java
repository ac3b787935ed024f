package dev.profilekit.render.jsonresume;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.profilekit.model.Profile;
import dev.profilekit.model.internal.codec.Codecs;
import dev.profilekit.model.internal.codec.ReadContext;
import dev.profilekit.model.internal.tree.InputProblem;
import dev.profilekit.model.internal.tree.TreeParser;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.model.format.Limits;
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
      return Codecs.ANY.read(
          TreeParser.of(TreeParser.Syntax.JSON, Limits.defaults()).parse("test.json", json, 0), "$", new ReadContext(10));
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
