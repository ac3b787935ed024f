package dev.profilekit.render.posting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Target;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.target.TargetReadResult;
import dev.profilekit.model.testing.Examples;
import java.nio.file.Path;

/** The example postings of {@code examples/postings/}, read the way {@code profile target import} reads them. */
final class PostingExamples {
  private PostingExamples() {}

  static Path directory() {
    return Examples.directory().resolve("postings");
  }

  /** Reads an example through the format registry, by its name; it must read without a diagnostic. */
  static Target read(String name) {
    Path file = directory().resolve(name);
    TargetReadResult result = Formats.standard().forPostingFileName(name).flatMap(f -> f.postingReader()).orElseThrow()
        .read(Input.ofPath(file));
    assertThat(result.diagnostics()).as(name).isEmpty();
    return result.target().orElseThrow();
  }
}
