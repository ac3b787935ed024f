package dev.profilekit.render.html.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

/**
 * Renders profiles to HTML pages: builds the view model, then runs the theme. Holds the
 * compiled default theme and each user theme it has been asked for, compiled once and compiled
 * again only when a file of the theme's directory changes (a live preview edits them while the
 * writer lives). Thread-safe.
 */
public final class PageRenderer {
  private final MarkdownHtml markdown = new MarkdownHtml();
  private final Theme builtIn = Theme.builtIn();
  private final ConcurrentMap<Path, CompiledTheme> userThemes = new ConcurrentHashMap<>();

  private record CompiledTheme(List<String> fingerprint, Theme theme) {}

  public WriteResult render(Profile profile, WriteOptions options) {
    Theme theme = options.themeDirectory().map(this::userTheme).orElse(builtIn);
    PageModel model = PageModel.of(profile, options, markdown);
    return WriteResult.of(theme.render(model.view()), model.losses().list());
  }

  /**
   * Renders the print page of the theme ({@code print.mustache} and {@code print.css}), the
   * HTML a PDF is made from; the losses are those of the view model, as for the screen page.
   */
  public WriteResult renderPrint(Profile profile, WriteOptions options) {
    Theme theme = options.themeDirectory().map(this::userTheme).orElse(builtIn);
    PageModel model = PageModel.of(profile, options, markdown);
    if (Boolean.TRUE.equals(model.view().get("rtl"))) {
      // openhtmltopdf lays out right-to-left only with its ICU module, which is not bundled.
      model.losses().add(Diagnostic.warning("rtl-in-pdf", "the page is right to left (" + model.view().get("lang") + "): the PDF aligns it to the right,"
          + " but lines that mix right-to-left and left-to-right text may show their parts out of order; the HTML page lays them out right"));
    }
    return WriteResult.of(theme.renderPrint(model.view()), model.losses().list());
  }

  private Theme userTheme(Path directory) {
    Path key = directory.toAbsolutePath().normalize();
    Theme.requireReadableDirectory(key);
    List<String> fingerprint = fingerprint(key);
    return userThemes.compute(key, (path, compiled) ->
        compiled != null && compiled.fingerprint().equals(fingerprint)
            ? compiled
            : new CompiledTheme(fingerprint, Theme.fromDirectory(path))).theme();
  }

  /** Name, size and modification time of each file in the theme directory (partials live at its top). */
  private static List<String> fingerprint(Path directory) {
    List<String> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      entries.sorted().forEach(file -> {
        try {
          BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
          files.add(file.getFileName() + ":" + attributes.size() + ":" + attributes.lastModifiedTime().toMillis()
              + ":" + attributes.lastModifiedTime().toInstant().getNano());
        } catch (IOException e) {
          files.add(file.getFileName() + ":gone");
        }
      });
    } catch (IOException e) {
      // Unlistable now: compile again, and let the theme report what it cannot read.
      files.add("unlistable:" + System.nanoTime());
    }
    return files;
  }
}
