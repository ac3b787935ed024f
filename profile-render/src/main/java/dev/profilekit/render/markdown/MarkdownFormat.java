package dev.profilekit.render.markdown;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatProvider;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.target.TargetReader;
import dev.profilekit.render.posting.MarkdownPostingReader;
import java.util.List;
import java.util.Optional;

/** The {@code markdown} format ({@code .md}, {@code .markdown}); registered as a provider. */
public final class MarkdownFormat implements Format, FormatProvider {
  public static final String ID = "markdown";
  private static final MarkdownReader READER = new MarkdownReader();
  private static final MarkdownWriter WRITER = new MarkdownWriter();
  private static final MarkdownPostingReader POSTINGS = new MarkdownPostingReader();

  @Override
  public List<Format> formats() {
    return List.of(this);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Markdown page with YAML, TOML or JSON front matter (Jekyll, Hugo); reads any page, writes GFM";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".md", ".markdown");
  }

  @Override
  public Optional<ProfileReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<ProfileWriter> writer() {
    return Optional.of(WRITER);
  }

  /** A posting written in Markdown: a title, headings over lists of requirements. */
  @Override
  public Optional<TargetReader> postingReader() {
    return Optional.of(POSTINGS);
  }
}
