package dev.profilekit.render.pdf;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.testing.Examples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PDFs the tests look at: every example, a target's answers, and the fixture with
 * non-Latin names. Each is rendered once per test run and kept under target/pdf (for pdftoppm).
 */
final class RenderedPdfs {
  static final Path OUTPUT = Path.of("target", "pdf");
  static final PdfWriter WRITER = new PdfWriter();
  private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

  /** One PDF to make: a name for files, the profile and how it is written. */
  record Case(String name, Profile profile, WriteOptions options) {
    Rendered render() {
      return CACHE.computeIfAbsent(name, key -> renderNow(this));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A written PDF and its loss report. */
  record Rendered(Case source, byte[] bytes, List<Diagnostic> losses) {}

  private RenderedPdfs() {}

  static Rendered renderNow(Case source) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      List<Diagnostic> losses = WRITER.write(source.profile(), source.options(), out);
      Files.createDirectories(OUTPUT);
      Files.write(OUTPUT.resolve(source.name() + ".pdf"), out.toByteArray());
      return new Rendered(source, out.toByteArray(), losses);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each example, research-engineer answering its target, full in the compact theme, and the international fixture. */
  static List<Case> examples() {
    List<Case> cases = new ArrayList<>();
    for (Path file : Examples.yamlFiles()) {
      String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
      cases.add(new Case(name, Examples.read(file), WriteOptions.defaults()));
    }
    cases.add(new Case("research-engineer-answers", Examples.read("research-engineer"),
        WriteOptions.builder().target("acme-research-engineer").build()));
    cases.add(new Case("full-compact", Examples.read("full"),
        WriteOptions.builder().themeDirectory(Examples.directory().resolve("themes/compact")).build()));
    cases.add(international());
    return cases;
  }

  static Case international() {
    return new Case("international", readResource("/pdf/international.yaml"), WriteOptions.defaults());
  }

  static Profile readResource(String resource) {
    try (var in = RenderedPdfs.class.getResourceAsStream(resource)) {
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
