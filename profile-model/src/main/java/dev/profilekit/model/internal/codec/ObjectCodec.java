package dev.profilekit.model.internal.codec;

import dev.profilekit.spi.Node;
import dev.profilekit.spi.ReadContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A model type described field by field: reads a mapping into an Immutables builder reporting
 * every problem (wrong types, unknown keys with a "did you mean", missing values) in one pass,
 * writes the value back in field order, and describes itself as a JSON Schema.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> implements Codec<T> {
  /** One key of the mapping. */
  private record Field<T, B, V>(
      String name,
      Codec<V> codec,
      boolean required,
      Function<T, Object> valueToWrite,
      BiConsumer<B, V> set,
      String description,
      Predicate<Object> leftOutWhenWritten,
      String pathStep) {

    /**
     * {@code pathStep} is ".name" (or ['name'] for a name a path must quote), worked out once;
     * {@code leftOutWhenWritten} says which written values {@link #write} leaves out (an empty
     * list, a default, a false flag), for {@link ObjectCodec#normalize}.
     */
    Field(String name, Codec<V> codec, boolean required, Function<T, Object> valueToWrite, BiConsumer<B, V> set,
        String description, Predicate<Object> leftOutWhenWritten) {
      this(name, codec, required, valueToWrite, set, description, leftOutWhenWritten, Paths.key("", name));
    }

    void readInto(B builder, Node node, String path, ReadContext context, boolean[] failed) {
      V value = codec.read(node, path, context);
      if (value == null) {
        failed[0] = true;
      } else {
        set.accept(builder, value);
      }
    }

    @SuppressWarnings("unchecked")
    Object write(T value) {
      Object raw = valueToWrite.apply(value);
      return raw == null ? null : codec.write((V) raw);
    }
  }

  private final String what;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, ? extends T> build;
  private final Map<String, Field<T, B, ?>> fields;
  private final Function<T, Map<String, Object>> extensions;
  private final BiConsumer<B, Map<String, Object>> setExtensions;
  private final String extensionPrefix;

  private ObjectCodec(Builder<T, B> spec) {
    this.what = spec.what;
    this.description = spec.description;
    this.newBuilder = spec.newBuilder;
    this.build = spec.build;
    this.fields = spec.fields;
    this.extensions = spec.extensions;
    this.setExtensions = spec.setExtensions;
    this.extensionPrefix = spec.extensionPrefix;
  }

  /** Starts describing {@code type}; {@code what} names it in messages ("work entry"). */
  public static <T, B> Builder<T, B> describe(
      Class<T> type,
      String what,
      String description,
      Supplier<B> newBuilder,
      Function<B, ? extends T> build) {
    return new Builder<>(what, description, newBuilder, build);
  }

  /** The keys this type knows, in order. */
  public List<String> keys() {
    return List.copyOf(fields.keySet());
  }

  @Override
  public T read(Node node, String path, ReadContext context) {
    if (!(node instanceof Node.MapNode)) {
      Codecs.wrongType(node, what + " (a mapping of keys to values)", path, context, null);
      return null;
    }
    context.record(path, node);
    B builder = newBuilder.get();
    boolean[] failed = {false};
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Node.Member member : ((Node.MapNode) node).members().values()) {
      String key = member.key();
      Field<T, B, ?> field = fields.get(key);
      String memberPath = field != null ? path.concat(field.pathStep()) : Paths.key(path, key);
      if (field != null) {
        field.readInto(builder, member.value(), memberPath, context, failed);
      } else if (extensions != null && key.startsWith(extensionPrefix) && key.length() > extensionPrefix.length()) {
        extra.put(
            key.substring(extensionPrefix.length()),
            Codecs.ANY.read(member.value(), memberPath, context));
      } else {
        failed[0] = true;
        context.error(
            "unknown-key",
            "unknown key `" + key + "` in " + what,
            memberPath,
            member.keyPosition(),
            Suggestions.closest(key, fields.keySet())
                .map(s -> "did you mean `" + s + "`?")
                .orElse(
                    "known keys: "
                        + String.join(", ", fields.keySet())
                        + (extensions == null ? "" : "; prefix your own keys with `" + extensionPrefix + "` to keep them")));
      }
    }
    for (Field<T, B, ?> field : fields.values()) {
      if (field.required() && !((Node.MapNode) node).members().containsKey(field.name())) {
        failed[0] = true;
        context.error(
            "missing-required",
            what + " is missing `" + field.name() + "`",
            path,
            node.position(),
            field.name().equals("schemaVersion")
                ? "add the line `schemaVersion: 1` at the top: it says which version of the format the file is written in"
                : "add `" + field.name() + ":` (" + field.description() + ")");
      }
    }
    if (failed[0]) {
      return null;
    }
    if (extensions != null) {
      setExtensions.accept(builder, extra);
    }
    return build.apply(builder);
  }

  /**
   * The written form of a plain mapping, field by field in this type's order and extensions
   * after them as {@link #write} puts them; {@link Codec#NEEDS_MODEL} for an unknown key, a
   * missing required one, or any value whose read would report something.
   */
  @Override
  public Object normalize(Object plain) {
    if (!(plain instanceof Map)) {
      return NEEDS_MODEL;
    }
    Map<?, ?> given = (Map<?, ?>) plain;
    Map<String, Object> extra = null;
    Object[] written = new Object[fields.size()];
    int index = 0;
    for (Field<T, B, ?> field : fields.values()) {
      Object value = given.get(field.name());
      if (value == null && !given.containsKey(field.name())) {
        if (field.required()) {
          return NEEDS_MODEL;
        }
      } else {
        Object normal = field.codec().normalize(value);
        if (normal == NEEDS_MODEL) {
          return NEEDS_MODEL;
        }
        written[index] = normal;
      }
      index++;
    }
    for (Map.Entry<?, ?> member : given.entrySet()) {
      String key = (String) member.getKey();
      if (fields.containsKey(key)) {
        continue;
      } else if (extensions != null && key.startsWith(extensionPrefix) && key.length() > extensionPrefix.length()) {
        if (extra == null) {
          extra = new LinkedHashMap<>();
        }
        extra.put(key, Codecs.ANY.normalize(member.getValue()));
      } else {
        return NEEDS_MODEL;
      }
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    index = 0;
    for (Field<T, B, ?> field : fields.values()) {
      Object value = written[index++];
      if (value != null && !field.leftOutWhenWritten().test(value)) {
        tree.put(field.name(), value);
      }
    }
    if (extra != null) {
      tree.putAll(extra);
    }
    return tree;
  }

  @Override
  public Map<String, Object> write(T value) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (Field<T, B, ?> field : fields.values()) {
      Object written = field.write(value);
      if (written != null) {
        tree.put(field.name(), written);
      }
    }
    if (extensions != null) {
      extensions.apply(value).forEach((key, extension) -> tree.put(extensionPrefix + key, extension));
    }
    return tree;
  }

  @Override
  public Map<String, Object> schema() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("description", description);
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Field<T, B, ?> field : fields.values()) {
      Map<String, Object> property = new LinkedHashMap<>(field.codec().schema());
      property.putIfAbsent("description", field.description());
      properties.put(field.name(), property);
      if (field.required()) {
        required.add(field.name());
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    if (extensions != null) {
      schema.put("patternProperties", Map.of("^" + extensionPrefix + ".", Map.of()));
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  /** Describes a type's fields in order. */
  public static final class Builder<T, B> {
    private final String what;
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, ? extends T> build;
    private final Map<String, Field<T, B, ?>> fields = new LinkedHashMap<>();
    private Function<T, Map<String, Object>> extensions;
    private BiConsumer<B, Map<String, Object>> setExtensions;
    private String extensionPrefix = "x-";

    private Builder(String what, String description, Supplier<B> newBuilder, Function<B, ? extends T> build) {
      this.what = what;
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    public <V> Builder<T, B> required(
        String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set, String description) {
      return add(new Field<>(name, codec, true, get::apply, set, description, written -> false));
    }

    public <V> Builder<T, B> optional(
        String name,
        Codec<V> codec,
        Function<T, Optional<V>> get,
        BiConsumer<B, V> set,
        String description) {
      return add(new Field<>(name, codec, false, value -> get.apply(value).orElse(null), set, description, written -> false));
    }

    /** A list, written only when it is not empty. */
    public <V> Builder<T, B> list(
        String name,
        Codec<V> items,
        Function<T, List<V>> get,
        BiConsumer<B, List<V>> set,
        String description) {
      return add(
          new Field<>(
              name,
              Codecs.listOf(items),
              false,
              value -> get.apply(value).isEmpty() ? null : get.apply(value),
              set,
              description,
              written -> ((List<?>) written).isEmpty()));
    }

    /** A flag that is false unless set; written only when true. */
    public Builder<T, B> flag(
        String name, Predicate<T> get, BiConsumer<B, Boolean> set, String description) {
      return add(
          new Field<>(
              name, Codecs.BOOLEAN, false, value -> get.test(value) ? Boolean.TRUE : null, set, description,
              Boolean.FALSE::equals));
    }

    /** A value with a default, written only when it differs from the default. */
    public <V> Builder<T, B> withDefault(
        String name,
        Codec<V> codec,
        Function<T, V> get,
        V defaultValue,
        BiConsumer<B, V> set,
        String description) {
      Object writtenDefault = codec.write(defaultValue);
      return add(
          new Field<>(
              name,
              codec,
              false,
              value -> defaultValue.equals(get.apply(value)) ? null : get.apply(value),
              set,
              description + " (default: " + writtenDefault + ")",
              writtenDefault::equals));
    }

    /** Keys starting with {@code prefix} go to the extensions map, prefix removed. */
    public Builder<T, B> extensions(
        String prefix, Function<T, Map<String, Object>> get, BiConsumer<B, Map<String, Object>> set) {
      this.extensionPrefix = prefix;
      this.extensions = get;
      this.setExtensions = set;
      return this;
    }

    private Builder<T, B> add(Field<T, B, ?> field) {
      fields.put(field.name(), field);
      return this;
    }

    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
