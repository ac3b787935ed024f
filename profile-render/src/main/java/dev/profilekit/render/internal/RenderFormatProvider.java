package dev.profilekit.render.internal;

import dev.profilekit.model.format.Format;
import dev.profilekit.render.html.HtmlFormat;
import dev.profilekit.render.jsonresume.JsonResumeFormat;
import dev.profilekit.render.markdown.MarkdownFormat;
import dev.profilekit.spi.FormatProvider;
import java.util.List;

/** The formats profile-render contributes: JSON Resume, HTML and Markdown. */
public final class RenderFormatProvider implements FormatProvider {
  @Override
  public List<Format> formats() {
    return List.of(new JsonResumeFormat(), new HtmlFormat(), new MarkdownFormat());
  }
}
