package dev.profilekit.model.testing;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The example profiles under {@code examples/}, for tests in every module. */
public final class Examples {
  private Examples() {}

  public static Path directory() {
    return Path.of(System.getProperty("examples.dir", "../examples")).toAbsolutePath().normalize();
  }

  /** Every {@code examples/*.yaml}, sorted by name. */
  public static List<Path> yamlFiles() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Profile read(Path file) {
    ReadResult result = Formats.standard().require("yaml").reader().orElseThrow().read(Input.ofPath(file));
    return result.profile().orElseThrow(() -> new AssertionError(file + ": " + result.diagnostics()));
  }

  public static Profile read(String name) {
    return read(directory().resolve(name + ".yaml"));
  }
}
