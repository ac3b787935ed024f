package dev.profilekit.render.html;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatProvider;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.target.TargetReader;
import dev.profilekit.render.posting.HtmlPostingReader;
import java.util.List;
import java.util.Optional;

/** Contributes the {@code html} format: writes profiles, reads job postings. */
public final class HtmlFormatProvider implements FormatProvider {
  @Override
  public List<Format> formats() {
    return List.of(new HtmlFormat());
  }

  /** Compiling the theme waits until HTML is wanted: listing formats stays cheap. */
  private static final class LazyWriter {
    static final HtmlWriter INSTANCE = new HtmlWriter();
  }

  private static final HtmlPostingReader POSTINGS = new HtmlPostingReader();

  private static final class HtmlFormat implements Format {
    @Override
    public String id() {
      return "html";
    }

    @Override
    public String description() {
      return "Self-contained HTML page (CV), themable, print-ready; reads job postings (schema.org JobPosting)";
    }

    @Override
    public List<String> fileExtensions() {
      return List.of(".html", ".htm");
    }

    @Override
    public Optional<ProfileReader> reader() {
      return Optional.empty();
    }

    @Override
    public Optional<ProfileWriter> writer() {
      return Optional.of(LazyWriter.INSTANCE);
    }

    @Override
    public Optional<TargetReader> postingReader() {
      return Optional.of(POSTINGS);
    }
  }
}
