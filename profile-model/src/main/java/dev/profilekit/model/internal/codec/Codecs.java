package dev.profilekit.model.internal.codec;

import dev.profilekit.model.PartialDate;
import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The scalar and list codecs the object codecs are built from. */
public final class Codecs {
  private Codecs() {}

  private static final String DATE_PATTERN = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

  public static final Codec<String> TEXT =
      new Codec<>() {
        @Override
        public String read(Node node, String path, ReadContext context) {
          if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).value() instanceof String) {
            return (String) ((Node.ScalarNode) node).value();
          }
          String hint = null;
          if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).value() != null) {
            hint = "put it in quotes to make it text: \"" + ((Node.ScalarNode) node).value() + "\"";
          } else if (node instanceof Node.MapNode map && map.members().size() == 1) {
            // `- Built: a thing` in a list of texts: the colon and space made a one-key mapping.
            Node.Member only = map.members().values().iterator().next();
            if (only.value() instanceof Node.ScalarNode value && value.value() != null) {
              hint = "quote it: the colon made it a mapping; write \"" + only.key() + ": " + value.value() + "\"";
            }
          }
          wrongType(node, "text", path, context, hint);
          return null;
        }

        @Override
        public Object write(String value) {
          return value;
        }

        @Override
        public Object normalize(Object plain) {
          return plain instanceof String ? plain : NEEDS_MODEL;
        }

        @Override
        public Map<String, Object> schema() {
          return Map.of("type", "string");
        }
      };

  /** A partial date, written {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  public static final Codec<PartialDate> DATE =
      new Codec<>() {
        @Override
        public PartialDate read(Node node, String path, ReadContext context) {
          Object value = node instanceof Node.ScalarNode ? ((Node.ScalarNode) node).value() : null;
          // A bare year is a number in YAML: accept it as the year it plainly means.
          String text =
              value instanceof String ? (String) value : value instanceof Long ? value.toString() : null;
          if (text == null) {
            wrongType(node, "a date (YYYY, YYYY-MM or YYYY-MM-DD)", path, context, null);
            return null;
          }
          Optional<PartialDate> date = PartialDate.tryParse(text);
          if (date.isEmpty()) {
            context.error(
                "bad-date",
                "\"" + text + "\" is not a date",
                path,
                node.position(),
                DateHints.hintFor(text, path));
            return null;
          }
          return date.get();
        }

        @Override
        public Object write(PartialDate value) {
          return value.toString();
        }

        @Override
        public Object normalize(Object plain) {
          if (!(plain instanceof String)) {
            return NEEDS_MODEL;
          }
          Optional<PartialDate> date = PartialDate.tryParse((String) plain);
          return date.isPresent() ? date.get().toString() : NEEDS_MODEL;
        }

        @Override
        public Map<String, Object> schema() {
          return ordered(
              "anyOf",
              List.of(
                  ordered("type", "string", "pattern", DATE_PATTERN),
                  ordered("type", "integer", "minimum", 1, "maximum", 9999)),
              "description",
              "A date to the year, month or day: 2019, 2019-06 or 2019-06-01.");
        }
      };

  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public Boolean read(Node node, String path, ReadContext context) {
          if (node instanceof Node.ScalarNode && ((Node.ScalarNode) node).value() instanceof Boolean) {
            return (Boolean) ((Node.ScalarNode) node).value();
          }
          wrongType(node, "true or false", path, context, null);
          return null;
        }

        @Override
        public Object write(Boolean value) {
          return value;
        }

        @Override
        public Object normalize(Object plain) {
          return plain instanceof Boolean ? plain : NEEDS_MODEL;
        }

        @Override
        public Map<String, Object> schema() {
          return Map.of("type", "boolean");
        }
      };

  /** Any JSON-like value, kept as plain Java values: for extensions and front matter. */
  public static final Codec<Object> ANY =
      new Codec<>() {
        @Override
        public Object read(Node node, String path, ReadContext context) {
          if (node instanceof Node.ScalarNode) {
            Object value = ((Node.ScalarNode) node).value();
            return value instanceof BigInteger ? new BigDecimal((BigInteger) value) : value;
          }
          if (node instanceof Node.ListNode) {
            List<Object> items = new ArrayList<>();
            List<Node> nodes = ((Node.ListNode) node).items();
            for (int i = 0; i < nodes.size(); i++) {
              items.add(read(nodes.get(i), Paths.index(path, i), context));
            }
            return java.util.Collections.unmodifiableList(items);
          }
          Map<String, Object> members = new LinkedHashMap<>();
          for (Node.Member member : ((Node.MapNode) node).members().values()) {
            members.put(member.key(), read(member.value(), Paths.key(path, member.key()), context));
          }
          return java.util.Collections.unmodifiableMap(members);
        }

        @Override
        public Object write(Object value) {
          return value;
        }

        @Override
        public Object normalize(Object plain) {
          if (plain instanceof BigInteger) {
            return new BigDecimal((BigInteger) plain);
          }
          if (plain instanceof List) {
            List<?> given = (List<?>) plain;
            List<Object> items = new ArrayList<>(given.size());
            for (Object item : given) {
              items.add(normalize(item));
            }
            return items;
          }
          if (plain instanceof Map) {
            Map<String, Object> members = new LinkedHashMap<>();
            for (Map.Entry<?, ?> member : ((Map<?, ?>) plain).entrySet()) {
              members.put((String) member.getKey(), normalize(member.getValue()));
            }
            return members;
          }
          return plain;
        }

        @Override
        public Map<String, Object> schema() {
          return Map.of();
        }
      };

  /** An enum written as its lower-case id. */
  public static <E extends Enum<E>> Codec<E> enumOf(
      Class<E> type, Function<E, String> id, String what) {
    List<String> ids = Arrays.stream(type.getEnumConstants()).map(id).toList();
    return new Codec<>() {
      @Override
      public E read(Node node, String path, ReadContext context) {
        String text = TEXT.read(node, path, context);
        if (text == null) {
          return null;
        }
        for (E constant : type.getEnumConstants()) {
          if (id.apply(constant).equals(text)) {
            return constant;
          }
        }
        context.error(
            "bad-value",
            "\"" + text + "\" is not a known " + what,
            path,
            node.position(),
            Suggestions.closest(text, ids)
                .map(s -> "did you mean `" + s + "`?")
                .orElse("use one of: " + String.join(", ", ids)));
        return null;
      }

      @Override
      public Object write(E value) {
        return id.apply(value);
      }

      @Override
      public Object normalize(Object plain) {
        return plain instanceof String && ids.contains(plain) ? plain : NEEDS_MODEL;
      }

      @Override
      public Map<String, Object> schema() {
        return ordered("type", "string", "enum", ids);
      }
    };
  }

  /** A list of values; a single value where a list is expected is an error with a hint. */
  public static <T> Codec<List<T>> listOf(Codec<T> items) {
    return new Codec<>() {
      @Override
      public List<T> read(Node node, String path, ReadContext context) {
        if (!(node instanceof Node.ListNode)) {
          wrongType(node, "a list", path, context, "start each item on its own line with `- `");
          return null;
        }
        List<T> values = new ArrayList<>();
        boolean complete = true;
        List<Node> nodes = ((Node.ListNode) node).items();
        for (int i = 0; i < nodes.size(); i++) {
          T value = items.read(nodes.get(i), Paths.index(path, i), context);
          if (value == null) {
            complete = false;
          } else {
            values.add(value);
          }
        }
        return complete ? values : null;
      }

      @Override
      public Object write(List<T> value) {
        return value.stream().map(items::write).toList();
      }

      @Override
      public Object normalize(Object plain) {
        if (!(plain instanceof List)) {
          return NEEDS_MODEL;
        }
        List<?> given = (List<?>) plain;
        List<Object> written = new ArrayList<>(given.size());
        for (Object item : given) {
          Object value = items.normalize(item);
          if (value == NEEDS_MODEL) {
            return NEEDS_MODEL;
          }
          written.add(value);
        }
        return written;
      }

      @Override
      public Map<String, Object> schema() {
        return ordered("type", "array", "items", items.schema());
      }
    };
  }

  /** A map that keeps the order its entries are given in, so generated schemas are stable. */
  public static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static void wrongType(Node node, String expected, String path, ReadContext context, String hint) {
    context.error(
        "wrong-type",
        "expected " + expected + ", found " + node.describe(),
        path,
        node.position(),
        hint);
  }
}
