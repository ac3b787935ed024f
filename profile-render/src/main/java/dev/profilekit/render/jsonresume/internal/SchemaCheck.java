package dev.profilekit.render.jsonresume.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.spi.JsonPath;
import dev.profilekit.spi.Node;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON Resume against the official 1.0.0 schema and says what is wrong the way a
 * person reads it: where (path and line:col of the offending value), what was expected, what
 * was found. The schema's {@code format} assertions (email, uri, date) are not the validator
 * library's but ajv-formats', as the JSON Resume tools check them: {@link ResumeTree} applies
 * them through {@link ValueChecks} and reports them with {@link #formatProblem}.
 */
final class SchemaCheck {
  private SchemaCheck() {}

  static final String RESOURCE = "/dev/profilekit/render/jsonresume/schema-1.0.0.json";

  private static final class Holder {
    static final Schema SCHEMA = load();

    private static Schema load() {
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build();
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4, builder -> builder.schemaRegistryConfig(config));
      try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the JSON Resume schema is missing from the class path: " + RESOURCE);
        }
        return registry.getSchema(in, InputFormat.JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static final Map<String, String> FORMATS =
      Map.of(
          "uri", "an absolute URI with a scheme, e.g. https://example.com/",
          "email", "an email address, e.g. name@example.com",
          "date", "a full date, YYYY-MM-DD");

  /** The schema error for a value that fails {@code check}'s format, as the schema check words it. */
  static Diagnostic formatProblem(JsonResumeShape.Check check, Node value, String path) {
    String format = check == JsonResumeShape.Check.EMAIL ? "email" : check == JsonResumeShape.Check.URI ? "uri" : "date";
    return ResumeTree.diagnostic(
        Diagnostic.error("schema-format", "expected " + FORMATS.get(format) + ", found " + found(value)),
        path, value.position(), null);
  }

  static List<Diagnostic> check(String text, Node root) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Error error : Holder.SCHEMA.validate(text, InputFormat.JSON)) {
      diagnostics.add(diagnostic(error, root));
    }
    return diagnostics;
  }

  private static Diagnostic diagnostic(Error error, Node root) {
    NodePath location = error.getInstanceLocation();
    Node node = root;
    String path = JsonPath.ROOT;
    for (int i = 0; i < location.getNameCount() && node != null; i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer && node instanceof Node.ListNode) {
        path = JsonPath.index(path, (Integer) element);
        node = ((Node.ListNode) node).items().get((Integer) element);
      } else if (node instanceof Node.MapNode) {
        path = JsonPath.key(path, String.valueOf(element));
        Node.Member member = ((Node.MapNode) node).members().get(String.valueOf(element));
        node = member == null ? null : member.value();
      } else {
        node = null;
      }
    }
    SourcePosition at = node == null ? root.position() : node.position();
    String keyword = error.getKeyword() == null ? "schema" : error.getKeyword();
    String found = node == null ? "nothing" : found(node);
    String message;
    String hint = null;
    switch (keyword) {
      case "additionalProperties":
        String key = error.getProperty();
        Node.Member member = node instanceof Node.MapNode ? ((Node.MapNode) node).members().get(key) : null;
        if (member != null) {
          at = member.keyPosition();
        }
        path = JsonPath.key(path, String.valueOf(key));
        message = "`" + key + "` is not allowed here by JSON Resume 1.0.0";
        hint = "the top level of a JSON Resume 1.0.0 takes only $schema, basics, work, volunteer, education, awards,"
            + " certificates, publications, skills, languages, interests, references, projects and meta;"
            + " keep other data under meta";
        break;
      case "type":
        message = "expected " + expectedType(error) + ", found " + found;
        break;
      case "format":
        String format = formatName(error);
        message = "expected " + FORMATS.getOrDefault(format, "a value of format " + format) + ", found " + found;
        break;
      case "pattern":
        message = "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found " + found;
        hint = "JSON Resume dates are ISO 8601 to the year, month or day, e.g. 2019-06";
        break;
      default:
        message = error.getMessage();
    }
    return ResumeTree.diagnostic(Diagnostic.error("schema-" + keyword, message), path, at, hint);
  }

  private static String found(Node node) {
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).value() instanceof String) {
      return "\"" + ((Node.ScalarNode) node).value() + "\"";
    }
    if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).value() != null) {
      return node.describe() + " (" + ((Node.ScalarNode) node).value() + ")";
    }
    return node.describe();
  }

  private static String expectedType(Error error) {
    String type = error.getSchemaNode() == null ? "" : error.getSchemaNode().asString();
    switch (type) {
      case "string":
        return "text";
      case "array":
        return "a list";
      case "object":
        return "an object";
      default:
        return type.isEmpty() ? "another type" : type;
    }
  }

  private static String formatName(Error error) {
    return error.getSchemaNode() == null ? "" : error.getSchemaNode().asString();
  }
}
