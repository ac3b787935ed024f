package dev.profilekit.model.internal.nativeformat;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatOption;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.internal.tree.TreeParser;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The native format, lossless, as YAML ({@link #yaml()}) or JSON ({@link #json()}). */
public final class NativeFormat implements Format {
  private static final Pattern SCHEMA_VERSION = Pattern.compile("\"schemaVersion\"\\s*:");
  private static final Pattern YAML_SCHEMA_VERSION = Pattern.compile("(?m)^schemaVersion\\s*:");
  /** The first line that is neither blank nor a comment: a top-level {@code key:}. */
  private static final Pattern YAML_FIRST_KEY = Pattern.compile("\\A(?:[ \\t]*(?:#[^\\n]*)?\\r?\\n)*[A-Za-z_][\\w-]*[ \\t]*:(?:[ \\t]|\\r?\\n|\\z)");

  private static final List<FormatOption> JSON_OPTIONS = List.of(FormatOption.program(
      NativeWriter.COMPACT, "true: the whole document on one line, as JSON Lines wants it", FormatOption.Use.WRITE,
      List.of("true", "false")));

  private final boolean json;
  private final ProfileReader reader;
  private final ProfileWriter writer;

  private NativeFormat(boolean json) {
    this.json = json;
    this.reader = new NativeReader(json ? TreeParser.Syntax.JSON : TreeParser.Syntax.YAML);
    this.writer = json ? NativeWriter.json() : NativeWriter.yaml();
  }

  /** The native format as YAML. */
  public static NativeFormat yaml() {
    return new NativeFormat(false);
  }

  /** The native format as JSON. */
  public static NativeFormat json() {
    return new NativeFormat(true);
  }

  @Override
  public String id() {
    return json ? "json" : "yaml";
  }

  @Override
  public String description() {
    return "Profile Kit native format as " + (json ? "JSON" : "YAML") + " (lossless)";
  }

  @Override
  public List<String> fileExtensions() {
    return json ? List.of(".json") : List.of(".yaml", ".yml");
  }

  @Override
  public List<String> aliases() {
    return json ? List.of() : List.of("yml");
  }

  @Override
  public String mediaType() {
    return json ? "application/json" : "application/yaml";
  }

  @Override
  public List<FormatOption> options() {
    return json ? JSON_OPTIONS : List.of();
  }

  @Override
  public Optional<ProfileReader> reader() {
    return Optional.of(reader);
  }

  @Override
  public Optional<ProfileWriter> writer() {
    return Optional.of(writer);
  }

  @Override
  public int recognise(InputHead head) {
    return head.text().map(this::recognise).orElse(0);
  }

  private int recognise(String content) {
    if (json) {
      return SCHEMA_VERSION.matcher(content).find() ? 10 : 0;
    }
    // YAML on standard input has no name to go by: a top-level schemaVersion settles it; a
    // first line that is a key hints at it, unless two --- markers say front matter (Markdown).
    int first = firstNonBlank(content);
    if (first < content.length() && (content.charAt(first) == '{' || content.charAt(first) == '[')
        || hasTwoDocumentMarkers(content)) {
      return 0;
    }
    if (YAML_SCHEMA_VERSION.matcher(content).find()) {
      return 10;
    }
    return YAML_FIRST_KEY.matcher(content).lookingAt() ? 1 : 0;
  }

  private static int firstNonBlank(String content) {
    int at = 0;
    while (at < content.length() && Character.isWhitespace(content.charAt(at))) {
      at++;
    }
    return at;
  }

  /**
   * Whether two lines are {@code ---} (trailing blanks allowed), as front matter has; lines end
   * where the regex {@code (?m)^---[ \t]*$} would end them. A scan of line starts, not that regex:
   * detection runs on every file of a batch, and the regex tried every character of the file.
   */
  static boolean hasTwoDocumentMarkers(String content) {
    int markers = 0;
    int line = 0;
    while (line <= content.length()) {
      int end = line;
      while (end < content.length() && !isLineEnd(content.charAt(end))) {
        end++;
      }
      if (content.startsWith("---", line) && isBlank(content, line + 3, end) && ++markers == 2) {
        return true;
      }
      if (end == content.length()) {
        return false;
      }
      line = content.startsWith("\r\n", end) ? end + 2 : end + 1;
    }
    return false;
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isBlank(String content, int from, int to) {
    for (int i = from; i < to; i++) {
      if (content.charAt(i) != ' ' && content.charAt(i) != '\t') {
        return false;
      }
    }
    return true;
  }
}
