package dev.profilekit.render.html.internal;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A set of Mustache templates: {@code page.mustache} and the partials it includes. A user
 * theme is a directory whose files replace the default theme's files of the same name; every
 * file it lacks comes from the default theme in the jar. Templates are compiled once (partials
 * on first use) and then shared: rendering is thread-safe.
 */
final class Theme {
  static final String DEFAULT_THEME = "dev/profilekit/render/html/themes/default/";
  private static final Pattern PARTIAL_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.(mustache|css))?");

  private final String name;
  private final Template page;
  private final Mustache.Compiler compiler;
  private final Optional<Path> directory;
  /** The print page (print-page.mustache), compiled when a PDF first asks for it. */
  private volatile Template printPage;

  private Theme(String name, Optional<Path> directory) {
    this.name = name;
    this.directory = directory;
    this.compiler =
        Mustache.compiler()
            .withEscaper(HtmlEscaper.INSTANCE)
            .withFormatter(Theme::format)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true)
            .withLoader(partial -> open(directory, fileName(partial)));
    try (Reader reader = open(directory, "page.mustache")) {
      this.page = compiler.compile(reader);
    } catch (IOException e) {
      throw new IllegalArgumentException("theme " + name + ": cannot read page.mustache: " + e.getMessage(), e);
    } catch (MustacheException e) {
      throw new IllegalArgumentException("theme " + name + ": " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw includesItself();
    }
  }

  /** A partial that includes itself, directly or through others, recurses until the stack ends. */
  private IllegalArgumentException includesItself() {
    return new IllegalArgumentException("theme " + name
        + ": a partial includes itself (directly or through other partials), so the page never ends");
  }

  static Theme builtIn() {
    return new Theme("default", Optional.empty());
  }

  /** A user theme; a directory that is missing or unreadable is refused with a clear message. */
  static Theme fromDirectory(Path directory) {
    requireReadableDirectory(directory);
    return new Theme(directory.toString(), Optional.of(directory));
  }

  static void requireReadableDirectory(Path directory) {
    if (!Files.exists(directory)) {
      throw new IllegalArgumentException("theme directory not found: " + directory);
    }
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("theme directory is not a directory: " + directory);
    }
    if (!Files.isReadable(directory) || !Files.isExecutable(directory)) {
      throw new IllegalArgumentException("theme directory is not readable: " + directory);
    }
  }

  String render(Map<String, Object> view) {
    return render(page, view);
  }

  /**
   * Renders the print page, {@code print-page.mustache}: the same view model laid out for paper.
   * While it renders, every partial {@code X} is looked up first as {@code print-X} (in the theme,
   * then in the default theme) and only then as {@code X}, so {@code {{> style.css}}} is
   * {@code print-style.css} and a theme can change any part for paper only (see {@code docs/pdf.md}).
   */
  String renderPrint(Map<String, Object> view) {
    return render(printPage(), view);
  }

  private Template printPage() {
    Template compiled = printPage;
    if (compiled == null) {
      synchronized (this) {
        compiled = printPage;
        if (compiled == null) {
          Mustache.Compiler printCompiler = compiler.withLoader(partial -> openForPrint(directory, fileName(partial)));
          try (Reader reader = open(directory, "print-page.mustache")) {
            compiled = printCompiler.compile(reader);
          } catch (IOException e) {
            throw new IllegalArgumentException("theme " + name + ": cannot read print-page.mustache: " + e.getMessage(), e);
          } catch (MustacheException e) {
            throw new IllegalArgumentException("theme " + name + ": " + e.getMessage(), e);
          } catch (StackOverflowError e) {
            throw includesItself();
          }
          printPage = compiled;
        }
      }
    }
    return compiled;
  }

  private String render(Template template, Map<String, Object> view) {
    try {
      PageBuffer html = new PageBuffer();
      template.execute(view, html);
      return html.toPage();
    } catch (MustacheException e) {
      throw new IllegalArgumentException("theme " + name + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new IllegalArgumentException("theme " + name + ": " + e.getMessage(), e);
    } catch (StackOverflowError e) {
      throw includesItself();
    }
  }

  /**
   * JMustache decides whether a section value is "empty" by formatting it, so the default
   * formatter would turn every nested view object into its full {@code toString()} just to test
   * it. A view object is never empty and is never meant to be printed.
   */
  private static CharSequence format(Object value) {
    if (value instanceof CharSequence text) {
      return text;
    }
    return value instanceof Map<?, ?> ? "[object]" : String.valueOf(value);
  }

  /** {@code {{> header}}} is header.mustache; {@code {{> style.css}}} is style.css. */
  private static String fileName(String partial) {
    if (!PARTIAL_NAME.matcher(partial).matches()) {
      throw new MustacheException("bad partial name '" + partial + "' (letters, digits, - and _ only)");
    }
    return partial.contains(".") ? partial : partial + ".mustache";
  }

  /**
   * A partial of the print page: {@code print-X}, then {@code X} in the theme, then the same in
   * the default theme, so a theme's own header is on paper too. Screen styles never are: on paper
   * {@code style.css} is only ever {@code print-style.css}, since the screen's custom properties
   * mean nothing to the PDF renderer.
   */
  private static Reader openForPrint(Optional<Path> directory, String fileName) throws IOException {
    String printName = "print-" + fileName;
    boolean screenOnly = fileName.equals("style.css");
    if (directory.isPresent()) {
      Path theme = directory.get();
      if (Files.isRegularFile(theme.resolve(printName))) {
        return Files.newBufferedReader(theme.resolve(printName), StandardCharsets.UTF_8);
      }
      if (!screenOnly && Files.isRegularFile(theme.resolve(fileName))) {
        return Files.newBufferedReader(theme.resolve(fileName), StandardCharsets.UTF_8);
      }
    }
    boolean printVariant = Theme.class.getClassLoader().getResource(DEFAULT_THEME + printName) != null;
    return open(Optional.empty(), printVariant ? printName : fileName);
  }

  private static Reader open(Optional<Path> directory, String fileName) throws IOException {
    if (directory.isPresent()) {
      Path file = directory.get().resolve(fileName);
      if (Files.isRegularFile(file)) {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
      }
    }
    InputStream builtIn = Theme.class.getClassLoader().getResourceAsStream(DEFAULT_THEME + fileName);
    if (builtIn == null) {
      throw new FileNotFoundException("no template " + fileName + " in the theme or the default theme");
    }
    return new InputStreamReader(builtIn, StandardCharsets.UTF_8);
  }
}
