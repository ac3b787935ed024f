package dev.profilekit.model.internal.nativeformat;

import dev.profilekit.spi.TextWriter;
import dev.profilekit.model.Profile;
import dev.profilekit.model.internal.tree.TreeWriter;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.util.function.Function;

/** Writes the native format, losslessly, as YAML or JSON. */
public final class NativeWriter implements TextWriter {
  /** Setting {@code compact=true}: JSON on one line, for JSON Lines. */
  public static final String COMPACT = dev.profilekit.model.format.NativeOptions.COMPACT;

  private final Function<Object, String> serializer;
  private final boolean json;

  private NativeWriter(Function<Object, String> serializer, boolean json) {
    this.serializer = serializer;
    this.json = json;
  }

  public static NativeWriter yaml() {
    return new NativeWriter(TreeWriter::yaml, false);
  }

  public static NativeWriter json() {
    return new NativeWriter(TreeWriter::json, true);
  }

  @Override
  public WriteResult write(Profile profile, WriteOptions options) {
    Object tree = NativeCodecs.PROFILE.write(profile);
    boolean compact = json && "true".equals(options.settings().get(COMPACT));
    return WriteResult.lossless(compact ? TreeWriter.compactJson(tree) + "\n" : serializer.apply(tree));
  }
}
