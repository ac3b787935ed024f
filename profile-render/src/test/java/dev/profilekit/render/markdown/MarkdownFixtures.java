package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.spi.InputProblem;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.ReadContext;
import dev.profilekit.spi.TreeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The hand-written Markdown pages under {@code src/test/resources/markdown}, and helpers. */
final class MarkdownFixtures {
  private MarkdownFixtures() {}

  static Path directory() {
    return Path.of("src/test/resources/markdown");
  }

  static List<Path> all() {
    try (Stream<Path> files = Files.list(directory())) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Profile read(Path file) {
    return read(file.getFileName().toString(), text(file));
  }

  static Profile read(String name, String markdown) {
    ReadResult result = new MarkdownReader().read(Input.ofString(name, markdown));
    assertThat(result.diagnostics()).as(name).isEmpty();
    return result.profile().orElseThrow();
  }

  /** The front matter of a page as plain values: what Jekyll and Hugo see. */
  static Map<String, Object> frontMatter(String markdown) {
    if (!markdown.startsWith("---\n")) {
      return Map.of();
    }
    int end = markdown.indexOf("\n---\n", 3);
    try {
      var node = TreeText.parse(TreeText.Syntax.YAML, Limits.defaults(), "fm", markdown.substring(4, end + 1), 0);
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) ModelTrees.readPlain(node, "$", new ReadContext(10));
      return values;
    } catch (InputProblem e) {
      throw new AssertionError(e.diagnostic().format());
    }
  }

  /** The Markdown after the front matter with every run of whitespace made one space. */
  static String normalisedBody(String markdown) {
    String body = markdown;
    if (markdown.startsWith("---\n")) {
      body = markdown.substring(markdown.indexOf("\n---\n", 3) + 5);
    }
    return body.replaceAll("\\s+", " ").strip();
  }
}
