package dev.profilekit.render.html;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatOption;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.target.TargetReader;
import dev.profilekit.render.posting.HtmlPostingReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code html} format: writes profiles as one self-contained page ({@link HtmlWriter}, with
 * {@link HtmlOptions}), reads job postings ({@link HtmlPostingReader}). Immutable.
 */
public final class HtmlFormat implements Format {
  /** The format id, for {@code --from}/{@code --to}. */
  public static final String ID = "html";

  /** Compiling the theme waits until HTML is wanted: listing formats stays cheap. */
  private static final class LazyWriter {
    static final HtmlWriter INSTANCE = new HtmlWriter();
  }

  private static final HtmlPostingReader POSTINGS = new HtmlPostingReader();
  private static final Pattern HTML_START = Pattern.compile("\\A\\uFEFF?\\s*+(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<!--)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_INSIDE = Pattern.compile("<(?:body|article|script\\s+type=\"application/ld\\+json\")[\\s>]",
      Pattern.CASE_INSENSITIVE);
  private static final List<FormatOption> OPTIONS = List.of(
      FormatOption.field(FormatOption.TARGET, "add the answers to this target"),
      FormatOption.field(FormatOption.THEME, "a theme directory whose templates replace the default theme's, file by file"));

  /** Creates the HTML format; {@code Formats.standard()} holds one already. */
  public HtmlFormat() {}

  @Override
  public String id() {
    return ID;
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
  public List<String> aliases() {
    return List.of("htm");
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public List<FormatOption> options() {
    return OPTIONS;
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

  @Override
  public int recognisePosting(InputHead head) {
    return head.text().map(HtmlFormat::recognisePosting).orElse(0);
  }

  private static int recognisePosting(String content) {
    // Above every other format's surest answer: a page that starts as HTML is HTML.
    return HTML_START.matcher(content).lookingAt() ? 5 : HTML_INSIDE.matcher(content).find() ? 3 : 0;
  }
}
