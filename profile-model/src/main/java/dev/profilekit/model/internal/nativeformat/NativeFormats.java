package dev.profilekit.model.internal.nativeformat;

import dev.profilekit.model.internal.tree.TreeParser;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatProvider;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Contributes the native formats, {@code yaml} and {@code json}. */
public final class NativeFormats implements FormatProvider {
  private static final Pattern SCHEMA_VERSION = Pattern.compile("\"schemaVersion\"\\s*:");
  private static final Pattern YAML_SCHEMA_VERSION = Pattern.compile("(?m)^schemaVersion\\s*:");
  /** The first line that is neither blank nor a comment: a top-level {@code key:}. */
  private static final Pattern YAML_FIRST_KEY = Pattern.compile("\\A(?:[ \\t]*(?:#[^\\n]*)?\\r?\\n)*[A-Za-z_][\\w-]*[ \\t]*:(?:[ \\t]|\\r?\\n|\\z)");
  private static final Pattern DOCUMENT_MARKER = Pattern.compile("(?m)^---[ \\t]*$");

  @Override
  public List<Format> formats() {
    return List.of(
        new NativeFormat(
            "yaml",
            "Profile Kit native format as YAML (lossless)",
            List.of(".yaml", ".yml"),
            new NativeReader(TreeParser.Syntax.YAML),
            NativeWriter.yaml()),
        new NativeFormat(
            "json",
            "Profile Kit native format as JSON (lossless)",
            List.of(".json"),
            new NativeReader(TreeParser.Syntax.JSON),
            NativeWriter.json()));
  }

  private record NativeFormat(
      String id,
      String description,
      List<String> fileExtensions,
      ProfileReader readerImpl,
      ProfileWriter writerImpl)
      implements Format {
    @Override
    public Optional<ProfileReader> reader() {
      return Optional.of(readerImpl);
    }

    @Override
    public Optional<ProfileWriter> writer() {
      return Optional.of(writerImpl);
    }

    @Override
    public List<String> aliases() {
      return id.equals("yaml") ? List.of("yml") : List.of();
    }

    @Override
    public int recognise(InputHead head) {
      return head.text().map(this::recognise).orElse(0);
    }

    private int recognise(String content) {
      if (id.equals("json")) {
        return SCHEMA_VERSION.matcher(content).find() ? 10 : 0;
      }
      // YAML on standard input has no name to go by: a top-level schemaVersion settles it; a
      // first line that is a key hints at it, unless two --- markers say front matter (Markdown).
      String start = content.stripLeading();
      if (start.startsWith("{") || start.startsWith("[") || DOCUMENT_MARKER.matcher(content).results().limit(2).count() == 2) {
        return 0;
      }
      if (YAML_SCHEMA_VERSION.matcher(content).find()) {
        return 10;
      }
      return YAML_FIRST_KEY.matcher(content).lookingAt() ? 1 : 0;
    }

    // A format is one of a kind; and a record's generated equals and hashCode are linked through
    // method handles on first use, which spins about a hundred classes in every run.
    @Override
    public boolean equals(Object other) {
      return this == other;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
