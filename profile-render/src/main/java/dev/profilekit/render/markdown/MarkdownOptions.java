package dev.profilekit.render.markdown;

import dev.profilekit.model.format.WriteOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Typed options for writing Markdown, e.g. {@code MarkdownOptions.builder().frontMatter("layout",
 * "single").build()}; they become the {@link WriteOptions} that {@link MarkdownWriter} and {@code
 * ProfileKit} take.
 */
public final class MarkdownOptions {
  private MarkdownOptions() {}

  /**
   * A builder with nothing set: the page, its front matter as read (or YAML).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the write options of one Markdown page. Not thread-safe; use one per thread. */
  public static final class Builder {
    private String target;
    private final Map<String, String> frontMatter = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Writes the answers document for a target of the profile instead of the page.
     *
     * @param targetId the target's id; an unknown one makes the write fail with the known ids
     * @return this builder
     */
    public Builder target(String targetId) {
      target = targetId;
      return this;
    }

    /**
     * Sets a front matter key, e.g. {@code layout} or {@code permalink}.
     *
     * @param key the key
     * @param value its value
     * @return this builder
     */
    public Builder frontMatter(String key, String value) {
      frontMatter.put(key, value);
      return this;
    }

    /**
     * The options built.
     *
     * @return the write options
     */
    public WriteOptions build() {
      return WriteOptions.builder().target(Optional.ofNullable(target)).putAllFrontMatter(frontMatter).build();
    }
  }
}
