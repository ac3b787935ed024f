package dev.profilekit.model.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One option a format declares (see {@link Format#options()}): its key, what it does, the values
 * it takes, its default, whether it is for reading or writing, and how it is given. Options with
 * {@link Kind#SETTING} travel in {@link ReadOptions#settings()} or {@link WriteOptions#settings()}
 * under their key (the command line's {@code --set KEY=VALUE}); the others have typed fields of
 * their own in {@link WriteOptions}. Immutable.
 */
public final class FormatOption {
  /** Whether an option applies when reading or when writing. */
  public enum Use {
    /** Read by the format's reader. */
    READ,
    /** Read by the format's writer. */
    WRITE
  }

  /** How an option is given. */
  public enum Kind {
    /**
     * A typed field of {@link WriteOptions} ({@link #TARGET}, {@link #THEME}, {@link
     * #FRONT_MATTER}); on the command line, the flag {@code --KEY}.
     */
    FIELD,
    /** A key in the settings map; on the command line, {@code --set KEY=VALUE}. */
    SETTING,
    /** A key in the settings map that programs set, not people (not offered by {@code --set}). */
    PROGRAM
  }

  /** {@link WriteOptions#target()}: the id of the target whose answers to write. */
  public static final String TARGET = "target";

  /** {@link WriteOptions#themeDirectory()}: a theme directory. */
  public static final String THEME = "theme";

  /** {@link WriteOptions#frontMatter()}: front matter keys to set. */
  public static final String FRONT_MATTER = "front-matter";

  private final String key;
  private final String synopsis;
  private final String description;
  private final Use use;
  private final Kind kind;
  private final List<String> values;
  private final String defaultValue;

  private FormatOption(
      String key, String synopsis, String description, Use use, Kind kind, List<String> values, String defaultValue) {
    this.key = Objects.requireNonNull(key, "key");
    this.synopsis = Objects.requireNonNull(synopsis, "synopsis");
    this.description = Objects.requireNonNull(description, "description");
    this.use = Objects.requireNonNull(use, "use");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.values = List.copyOf(values);
    this.defaultValue = defaultValue;
  }

  /**
   * A typed write option: {@link #TARGET}, {@link #THEME} or {@link #FRONT_MATTER}.
   *
   * @param key one of those three keys
   * @param description what it does for this format, in a line
   * @return the option
   */
  public static FormatOption field(String key, String description) {
    if (!List.of(TARGET, THEME, FRONT_MATTER).contains(key)) {
      throw new IllegalArgumentException("no WriteOptions field named " + key);
    }
    return new FormatOption(key, key, description, Use.WRITE, Kind.FIELD, List.of(), null);
  }

  /**
   * A setting people give ({@code --set KEY=VALUE}).
   *
   * @param key its key, e.g. {@code jsonresume.aliases}; a key ending in {@code .} takes any
   *     suffix ({@code markdown.heading.} for {@code markdown.heading.Projects})
   * @param synopsis how lists of settings show it, e.g. {@code markdown.heading.TITLE=MEANING}
   * @param description what it does, in a line
   * @param use whether the reader or the writer reads it
   * @param values the values it takes, empty for any
   * @param defaultValue its value when not given, or null for none
   * @return the option
   */
  public static FormatOption setting(
      String key, String synopsis, String description, Use use, List<String> values, String defaultValue) {
    return new FormatOption(key, synopsis, description, use, Kind.SETTING, values, defaultValue);
  }

  /**
   * A setting that programs give rather than people (such as one-line JSON for JSON Lines).
   *
   * @param key its key
   * @param description what it does, in a line
   * @param use whether the reader or the writer reads it
   * @param values the values it takes, empty for any
   * @return the option
   */
  public static FormatOption program(String key, String description, Use use, List<String> values) {
    return new FormatOption(key, key, description, use, Kind.PROGRAM, values, null);
  }

  /**
   * The key: a field's name, or the settings key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * How lists of options show it: the key, or for a key that takes a suffix the key with a
   * placeholder and what it means.
   *
   * @return the synopsis
   */
  public String synopsis() {
    return synopsis;
  }

  /**
   * What the option does, in a line.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether the reader or the writer reads it.
   *
   * @return the use
   */
  public Use use() {
    return use;
  }

  /**
   * How it is given.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The values it takes.
   *
   * @return the allowed values, empty when any value is allowed
   */
  public List<String> values() {
    return values;
  }

  /**
   * Its value when not given.
   *
   * @return the default, empty when there is none
   */
  public Optional<String> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /**
   * Whether this option is the one {@code key} names: the same key, or for a key ending in
   * {@code .}, any key that starts with it and goes on.
   *
   * @param key a settings key
   * @return true when {@code key} means this option
   */
  public boolean matches(String key) {
    return this.key.endsWith(".") ? key.startsWith(this.key) && key.length() > this.key.length() : this.key.equals(key);
  }

  @Override
  public String toString() {
    return synopsis;
  }
}
