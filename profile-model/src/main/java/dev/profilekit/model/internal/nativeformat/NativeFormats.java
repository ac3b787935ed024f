package dev.profilekit.model.internal.nativeformat;

import dev.profilekit.model.internal.tree.TreeParser;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatProvider;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Contributes the native formats, {@code yaml} and {@code json}. */
public final class NativeFormats implements FormatProvider {
  private static final Pattern SCHEMA_VERSION = Pattern.compile("\"schemaVersion\"\\s*:");

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
    public int recognise(String content) {
      return id.equals("json") && SCHEMA_VERSION.matcher(content).find() ? 10 : 0;
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
