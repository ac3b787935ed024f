package dev.profilekit.spark;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.testing.ProfileGenerator;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Generated profiles (seeded, so every run sees the same ones) written in a format, for tests. */
final class Documents {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Documents() {}

  /** {@code count} generated profiles written as {@code format}. */
  static List<String> generated(long seed, int count, String format) {
    ProfileGenerator generator = ProfileGenerator.withSeed(seed);
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      documents.add(write(generator.next(), format));
    }
    return documents;
  }

  static String write(Profile profile, String format) {
    return Formats.standard().require(format).writer().orElseThrow().write(profile).content();
  }

  /** The same JSON document on one line, for JSON Lines input. */
  static String oneLine(String json) {
    return JSON.writeValueAsString(JSON.readTree(json));
  }
}
