package dev.profilekit.render.markdown;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatOption;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.target.TargetReader;
import dev.profilekit.render.posting.MarkdownPostingReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code markdown} format ({@code .md}, {@code .markdown}): reads pages
 * ({@link MarkdownReader}), writes them ({@link MarkdownWriter}, with {@link MarkdownOptions}) and
 * reads postings written in Markdown. Immutable.
 */
public final class MarkdownFormat implements Format {
  /** The format id, for {@code --from}/{@code --to}. */
  public static final String ID = "markdown";

  /**
   * The prefix of the reader's heading settings: {@code markdown.heading.TITLE=MEANING} reads the
   * section under the heading TITLE as MEANING (see {@code docs/markdown.md}).
   */
  public static final String HEADING_SETTING = "markdown.heading.";

  private static final List<FormatOption> OPTIONS = List.of(
      FormatOption.field(FormatOption.TARGET, "write the answers document for this target instead of the page"),
      FormatOption.field(FormatOption.FRONT_MATTER, "front matter keys to set, e.g. layout=single"),
      FormatOption.setting(HEADING_SETTING, HEADING_SETTING + "TITLE=MEANING (how Markdown headings map)",
          "read the section under the heading TITLE as MEANING", FormatOption.Use.READ, List.of(), null));
  private static final MarkdownReader READER = new MarkdownReader();
  private static final MarkdownWriter WRITER = new MarkdownWriter();
  private static final MarkdownPostingReader POSTINGS = new MarkdownPostingReader();
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?(---|\\+\\+\\+)[ \\t]*+\\r?\\n(?s:.*?)\\n\\1[ \\t]*+\\r?\\n\\s*+\\S");
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}[ \\t]+\\S");

  /** Creates the Markdown format; {@code Formats.standard()} holds one already. */
  public MarkdownFormat() {}

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
  public List<String> aliases() {
    return List.of("md");
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public List<FormatOption> options() {
    return OPTIONS;
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

  /** Front matter with a page after it, or an ATX heading, is Markdown's own; bullets alone are plain text too. */
  @Override
  public int recognisePosting(InputHead head) {
    return head.text().map(MarkdownFormat::recognisePosting).orElse(0);
  }

  private static int recognisePosting(String content) {
    // Front matter outranks the job format's YAML keys, which front matter has too.
    return FRONT_MATTER.matcher(content).lookingAt() ? 4 : HEADING.matcher(content).find() ? 2 : 0;
  }
}
