package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A golden set of broken profiles: each {@code broken/NAME.yaml} with the exact diagnostics it
 * must produce in {@code NAME.expected}. Regenerate on purpose with {@code -Dgolden.update=true}
 * and review the diff.
 */
class BrokenFilesTest {
  private static final Path DIRECTORY = Path.of("src/test/resources/broken");

  static List<Path> brokenFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("brokenFiles")
  void eachBrokenFileGivesExactlyItsExpectedDiagnostics(Path file) throws IOException {
    String name = file.getFileName().toString();
    ReadResult result = Profiles.read(
        Input.ofBytes(name, Files.readAllBytes(file)), Optional.empty(), ReadOptions.defaults());
    String actual = result.diagnostics().stream().map(Diagnostic::format)
        .collect(Collectors.joining("\n", "", "\n"));

    Path expected = DIRECTORY.resolve(name.replace(".yaml", ".expected"));
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(expected, actual);
    }
    assertThat(actual).isEqualTo(Files.readString(expected));
    assertThat(result.diagnostics()).anyMatch(Diagnostic::isError);
  }
}
