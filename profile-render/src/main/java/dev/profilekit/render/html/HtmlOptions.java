package dev.profilekit.render.html;

import dev.profilekit.model.format.WriteOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Typed options for writing HTML, e.g. {@code HtmlOptions.builder().theme(dir).target("acme").build()};
 * they become the {@link WriteOptions} that {@link HtmlWriter} and {@code ProfileKit} take.
 */
public final class HtmlOptions {
  private HtmlOptions() {}

  /**
   * A builder with nothing set: the default theme, no answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the write options of one HTML page. Not thread-safe; use one per thread. */
  public static final class Builder {
    private Path theme;
    private String target;

    private Builder() {}

    /**
     * A theme directory whose templates replace the default theme's, file by file (see {@code
     * docs/html-themes.md}).
     *
     * @param directory the theme directory
     * @return this builder
     */
    public Builder theme(Path directory) {
      theme = directory;
      return this;
    }

    /**
     * Adds the answers to a target of the profile.
     *
     * @param targetId the target's id; an unknown one makes the write fail with the known ids
     * @return this builder
     */
    public Builder target(String targetId) {
      target = targetId;
      return this;
    }

    /**
     * The options built.
     *
     * @return the write options
     */
    public WriteOptions build() {
      return WriteOptions.builder()
          .themeDirectory(Optional.ofNullable(theme))
          .target(Optional.ofNullable(target))
          .build();
    }
  }
}
