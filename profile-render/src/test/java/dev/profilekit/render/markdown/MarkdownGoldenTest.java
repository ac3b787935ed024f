package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.testing.Examples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer's output for each example, compared with reviewed files under
 * {@code src/test/resources/golden/markdown}. Regenerate on purpose with
 * {@code -Dgolden.update=true}, then review the diff.
 */
class MarkdownGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/markdown");

  static Stream<Arguments> outputs() {
    Stream<Arguments> pages = Examples.yamlFiles().stream()
        .map(file -> Arguments.of(name(file) + ".md", Examples.read(file), WriteOptions.defaults()));
    Stream<Arguments> answers = Examples.yamlFiles().stream()
        .flatMap(file -> Examples.read(file).targets().stream().map(target -> Arguments.of(
            name(file) + "." + target.id() + ".answers.md",
            Examples.read(file),
            WriteOptions.builder().target(target.id()).build())));
    return Stream.concat(pages, answers);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void writesTheReviewedMarkdown(String golden, Profile profile, WriteOptions options) throws IOException {
    String written = new MarkdownWriter().write(profile, options).content();
    Path file = GOLDEN.resolve(golden);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, written, StandardCharsets.UTF_8);
    }

    assertThat(written).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static String name(Path file) {
    return file.getFileName().toString().replaceFirst("\\.yaml$", "");
  }
}
