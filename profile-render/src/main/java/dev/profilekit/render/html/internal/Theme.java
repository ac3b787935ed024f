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

  private Theme(String name, Optional<Path> directory) {
    this.name = name;
    Mustache.Compiler compiler =
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
    try {
      PageBuffer html = new PageBuffer();
      page.execute(view, html);
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
