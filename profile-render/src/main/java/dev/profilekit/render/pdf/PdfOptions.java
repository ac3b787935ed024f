package dev.profilekit.render.pdf;

import dev.profilekit.model.format.WriteOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Typed options for writing a PDF, e.g. {@code PdfOptions.builder().paper(PdfWriter.PAPER_LETTER).target("acme").build()};
 * they become the {@link WriteOptions} that {@link PdfWriter} and {@code ProfileKit} take.
 */
public final class PdfOptions {
  private PdfOptions() {}

  /**
   * A builder with nothing set: the default theme, A4, no answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds the write options of one PDF. Not thread-safe; use one per thread. */
  public static final class Builder {
    private Path theme;
    private String target;
    private String paper;

    private Builder() {}

    /**
     * A theme directory whose {@code print-*} templates replace the default theme's, file by file
     * (see {@code docs/pdf.md}).
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
     * The paper size.
     *
     * @param size {@link PdfWriter#PAPER_A4} (the default) or {@link PdfWriter#PAPER_LETTER};
     *     another value makes the write fail
     * @return this builder
     */
    public Builder paper(String size) {
      paper = size;
      return this;
    }

    /**
     * The options built.
     *
     * @return the write options
     */
    public WriteOptions build() {
      WriteOptions.Builder options = WriteOptions.builder()
          .themeDirectory(Optional.ofNullable(theme))
          .target(Optional.ofNullable(target));
      if (paper != null) {
        options.putSettings(PdfWriter.PAPER_SETTING, paper);
      }
      return options.build();
    }
  }
}
