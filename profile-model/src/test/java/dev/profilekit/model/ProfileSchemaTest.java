package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.model.internal.tree.TreeWriter;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.testing.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileSchemaTest {
  private static final Path COMMITTED = Path.of("src/main/resources" + ProfileSchema.RESOURCE);

  private static Schema schema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(ProfileSchema.json(), InputFormat.JSON);
  }

  static List<Path> examples() {
    return Examples.yamlFiles();
  }

  @Test
  void theCommittedSchemaIsTheOneTheReaderDescribes() throws Exception {
    String generated = TreeWriter.json(NativeCodecs.jsonSchema());
    if (Boolean.getBoolean("schema.update")) {
      Files.writeString(COMMITTED, generated);
    }
    assertThat(Files.readString(COMMITTED))
        .as("regenerate with: ./mvnw -pl profile-model verify -Dschema.update=true")
        .isEqualTo(generated);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyExampleValidatesAgainstTheSchema(Path example) throws Exception {
    assertThat(schema().validate(Files.readString(example), InputFormat.YAML)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "schemaVersion: 1\nperson:\n  emial: a@example.com\n",
      "schemaVersion: 1\nwork:\n  - startDate: June 2019\n",
      "schemaVersion: 1\nwork: {name: Acme}\n",
      "schemaVersion: 1\nclaims:\n  - statement: no id\n",
      "schemaVersion: 1\nevidence:\n  - {id: e, kind: rumour, summary: s}\n",
      "schemaVersion: 2\n",
      "person: {name: No Version}\n",
      "schemaVersion: 1\nperson: {name: 42}\n",
  })
  void theSchemaRejectsWhatTheReaderRejects(String yaml) {
    assertThat(Profiles.read(Input.ofString("test.yaml", yaml), Optional.of("yaml"), ReadOptions.defaults()).hasErrors()).as("the reader rejects it").isTrue();
    assertThat(schema().validate(yaml, InputFormat.YAML)).as("the schema rejects it").isNotEmpty();
  }
}
