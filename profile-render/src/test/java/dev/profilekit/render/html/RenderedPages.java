package dev.profilekit.render.html;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.model.testing.Examples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The pages the HTML tests look at: every example, a target's answers, and the hostile fixture. */
final class RenderedPages {
  static final Path OUTPUT = Path.of("target", "html");
  static final HtmlWriter WRITER = new HtmlWriter();

  /** One page: a name for files, the profile and how it was written. */
  record Page(String name, Profile profile, WriteOptions options) {
    WriteResult write() {
      return WRITER.write(profile, options);
    }

    /** Writes the page under target/html and returns the file. */
    Path writeFile() {
      try {
        Files.createDirectories(OUTPUT);
        Path file = OUTPUT.resolve(name + ".html").toAbsolutePath();
        Files.writeString(file, write().content(), StandardCharsets.UTF_8);
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private RenderedPages() {}

  /** Each example, plus research-engineer answering its target. */
  static List<Page> examples() {
    List<Page> pages = new ArrayList<>();
    for (Path file : Examples.yamlFiles()) {
      String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      pages.add(new Page(name, Examples.read(file), WriteOptions.defaults()));
    }
    pages.add(
        new Page(
            "research-engineer-answers",
            Examples.read("research-engineer"),
            WriteOptions.builder().target("acme-research-engineer").build()));
    return pages;
  }

  static Page hostile() {
    return new Page(
        "hostile",
        readResource("/html/hostile.yaml"),
        WriteOptions.builder().target("evil-target").build());
  }

  static Profile readResource(String resource) {
    try (var in = RenderedPages.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + resource);
      }
      ReadResult result =
          Formats.standard().require("yaml").reader().orElseThrow().read(Input.ofBytes(resource, in.readAllBytes()));
      return result.profile().orElseThrow(() -> new AssertionError(resource + ": " + result.diagnostics()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
