package dev.profilekit.render.html.internal;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Renders profiles to HTML pages: builds the view model, then runs the theme. Holds the
 * compiled default theme and each user theme it has been asked for, compiled once. Thread-safe.
 */
public final class PageRenderer {
  private final MarkdownHtml markdown = new MarkdownHtml();
  private final Theme builtIn = Theme.builtIn();
  private final ConcurrentMap<Path, Theme> userThemes = new ConcurrentHashMap<>();

  public WriteResult render(Profile profile, WriteOptions options) {
    Theme theme = options.themeDirectory().map(this::userTheme).orElse(builtIn);
    PageModel model = PageModel.of(profile, options, markdown);
    return WriteResult.of(theme.render(model.view()), model.losses().list());
  }

  private Theme userTheme(Path directory) {
    Path key = directory.toAbsolutePath().normalize();
    Theme.requireReadableDirectory(key);
    return userThemes.computeIfAbsent(key, Theme::fromDirectory);
  }
}
