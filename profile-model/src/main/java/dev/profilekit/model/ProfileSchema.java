package dev.profilekit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema of the native format, for editors (VS Code YAML, IntelliJ) to autocomplete
 * and check {@code me.yaml}. Generated from the same descriptions the reader uses; the copy in
 * the jar is checked against them by a test.
 */
public final class ProfileSchema {
  /** Where the schema lives on the class path. */
  public static final String RESOURCE = "/dev/profilekit/model/profile.schema.json";

  private ProfileSchema() {}

  /** {@return the JSON Schema of the native format, as the jar carries it} */
  public static String json() {
    try (InputStream in = ProfileSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
