package dev.profilekit.render.jsonresume;

import dev.profilekit.model.format.WriteOptions;

/**
 * Typed options for writing JSON Resume, e.g. {@code JsonResumeOptions.builder().aliases(false).build()};
 * they become the {@link WriteOptions} the {@code jsonresume} writer and {@code ProfileKit} take.
 */
public final class JsonResumeOptions {
  private JsonResumeOptions() {}

  /**
   * A builder with the defaults: aliases written.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the write options of one JSON Resume. Not thread-safe; use one per thread. */
  public static final class Builder {
    private boolean aliases = true;

    private Builder() {}

    /**
     * Whether to write, beside each JSON Resume 1.0 key, the pre-1.0 alias most themes read
     * ({@code work[].company} beside {@code work[].name}, …). On by default.
     *
     * @param aliases false for JSON Resume 1.0 keys alone
     * @return this builder
     */
    public Builder aliases(boolean aliases) {
      this.aliases = aliases;
      return this;
    }

    /**
     * The options built.
     *
     * @return the write options
     */
    public WriteOptions build() {
      return WriteOptions.builder()
          .putSettings(JsonResumeFormat.ALIASES_SETTING, aliases ? JsonResumeFormat.ALIASES_ON : JsonResumeFormat.ALIASES_OFF)
          .build();
    }
  }
}
