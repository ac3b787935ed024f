package dev.profilekit.model.internal.nativeformat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.internal.tree.TreeWriter;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.util.function.Function;

/** Writes the native format, losslessly, as YAML or JSON. */
public final class NativeWriter implements ProfileWriter {
  private final Function<Object, String> serializer;

  private NativeWriter(Function<Object, String> serializer) {
    this.serializer = serializer;
  }

  public static NativeWriter yaml() {
    return new NativeWriter(TreeWriter::yaml);
  }

  public static NativeWriter json() {
    return new NativeWriter(TreeWriter::json);
  }

  @Override
  public WriteResult write(Profile profile, WriteOptions options) {
    return WriteResult.lossless(serializer.apply(NativeCodecs.PROFILE.write(profile)));
  }
}
