package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Limits;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.toml.TomlFactory;
import tools.jackson.dataformat.toml.TomlMapper;

/**
 * TOML front matter as a tree: Jackson's TOML module parses it (dates stay text, as the page
 * wrote them), and each top-level key is placed on the line that names it.
 */
final class TomlTrees {
  private static final Pattern KEY_LINE = Pattern.compile("(?m)^[ \\t]*\\[{0,2}[ \\t]*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)");

  private TomlTrees() {}

  static Node parse(String file, String inner, int lineOffset, Limits limits) throws InputProblem {
    TomlMapper mapper =
        TomlMapper.builder(
                TomlFactory.builder()
                    .streamReadConstraints(
                        StreamReadConstraints.builder()
                            .maxNestingDepth(limits.maxDepth() + 1)
                            .maxStringLength(limits.maxStringLength())
                            .build())
                    .build())
            .build();
    JsonNode root;
    try {
      root = mapper.readTree(inner);
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      int line = where == null || where.getLineNr() < 1 ? 1 : where.getLineNr();
      int column = where == null || where.getColumnNr() < 1 ? 1 : where.getColumnNr();
      String message = e.getOriginalMessage() == null ? "unknown error" : e.getOriginalMessage().lines().findFirst().orElse("");
      Diagnostic problem = Diagnostic.error("syntax", "not valid TOML: " + message);
      if (message.contains("nesting depth")) {
        problem = Diagnostic.error("too-deep", "the input nests deeper than the limit of " + limits.maxDepth() + " levels");
      } else if (message.contains("String value length")) {
        problem = Diagnostic.error("string-too-long", "a value is longer than the limit of " + limits.maxStringLength() + " characters");
      }
      throw new InputProblem(
          problem
              .withPosition(SourcePosition.of(file, line + lineOffset, column)));
    }
    Map<String, SourcePosition> keyLines = keyLines(file, inner, lineOffset);
    SourcePosition start = SourcePosition.of(file, 1 + lineOffset, 1);
    if (root == null || !root.isObject()) {
      return new Node.ScalarNode(start, null);
    }
    Map<String, Node.Member> members = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> property : root.properties()) {
      SourcePosition at = keyLines.getOrDefault(property.getKey(), start);
      members.put(property.getKey(), new Node.Member(property.getKey(), at, node(property.getValue(), at, 1, limits)));
    }
    return new Node.MapNode(start, members);
  }

  private static Map<String, SourcePosition> keyLines(String file, String inner, int lineOffset) {
    Map<String, SourcePosition> lines = new LinkedHashMap<>();
    Matcher m = KEY_LINE.matcher(inner);
    SourceText text = new SourceText(file, inner);
    while (m.find()) {
      String key = m.group(1).replaceAll("^[\"']|[\"']$", "");
      SourcePosition at = text.position(m.start(1));
      lines.putIfAbsent(key, SourcePosition.of(file, at.line() + lineOffset, at.column()));
    }
    return lines;
  }

  private static Node node(JsonNode value, SourcePosition at, int depth, Limits limits) throws InputProblem {
    if (depth > limits.maxDepth()) {
      throw new InputProblem(
          Diagnostic.error("too-deep", "the input nests deeper than the limit of " + limits.maxDepth() + " levels")
              .withPosition(at));
    }
    if (value.isObject()) {
      Map<String, Node.Member> members = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> property : value.properties()) {
        members.put(property.getKey(), new Node.Member(property.getKey(), at, node(property.getValue(), at, depth + 1, limits)));
      }
      return new Node.MapNode(at, members);
    }
    if (value.isArray()) {
      List<Node> items = new ArrayList<>();
      for (JsonNode item : value) {
        items.add(node(item, at, depth + 1, limits));
      }
      return new Node.ListNode(at, items);
    }
    if (value.isBoolean()) {
      return new Node.ScalarNode(at, value.booleanValue());
    }
    if (value.isIntegralNumber()) {
      return new Node.ScalarNode(at, value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue());
    }
    if (value.isNumber()) {
      double number = value.doubleValue();
      // inf and nan have no decimal form: they stay the text TOML wrote.
      return new Node.ScalarNode(at, Double.isFinite(number) ? value.decimalValue() : value.asString());
    }
    if (value.isNull()) {
      return new Node.ScalarNode(at, null);
    }
    return new Node.ScalarNode(at, value.asString());
  }
}
