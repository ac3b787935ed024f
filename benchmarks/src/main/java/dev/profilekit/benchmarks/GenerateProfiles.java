package dev.profilekit.benchmarks;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.testing.ProfileGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes generated profiles for the comparison script: {@code files COUNT FORMAT DIR} writes one
 * file per profile, {@code lines COUNT FORMAT FILE} one compact JSON document per line.
 */
public final class GenerateProfiles {
  private GenerateProfiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: GenerateProfiles files|lines COUNT FORMAT PATH");
      System.exit(2);
    }
    int count = Integer.parseInt(args[1]);
    Format format = Formats.standard().require(args[2]);
    Path path = Path.of(args[3]);
    ProfileGenerator generator = ProfileGenerator.plainTextWithSeed(42).scaled(2);
    if (args[0].equals("files")) {
      Files.createDirectories(path);
      for (int i = 0; i < count; i++) {
        Files.writeString(path.resolve(String.format("p%06d%s", i, format.fileExtensions().get(0))), write(format, generator.next()));
      }
    } else {
      try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        for (int i = 0; i < count; i++) {
          out.write(write(format, generator.next()).replace("\n", "").replaceAll(" {2,}", " "));
          out.write('\n');
        }
      }
    }
  }

  private static String write(Format format, Profile profile) {
    return format.writer().orElseThrow().write(profile).content();
  }
}
