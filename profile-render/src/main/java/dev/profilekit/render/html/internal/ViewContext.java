package dev.profilekit.render.html.internal;

import dev.profilekit.render.markdown.internal.DocumentReader;

import dev.profilekit.model.Extensible;
import dev.profilekit.model.Profile;
import dev.profilekit.render.internal.Labels;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What building one page's view model shares: the loss report, the labels and dates of the page's
 * language, fragment ids, Markdown rendering, and where each identified entry ended up (so evidence can link to it).
 */
final class ViewContext {
  final Profile profile;
  final Losses losses;
  final Labels labels;
  final Dates dates;
  final Anchors anchors = new Anchors(
      "top", "main", "answers", "experience", "projects", "publications", "claims", "education",
      "volunteering", "references", "skills", "languages", "awards", "certificates", "interests");
  private final MarkdownHtml markdown;
  private final Map<String, Map<String, Object>> entryLinks = new HashMap<>();

  ViewContext(Profile profile, MarkdownHtml markdown, Losses losses, Labels labels) {
    this.profile = profile;
    this.losses = losses;
    this.labels = labels;
    this.dates = new Dates(labels.dates());
    this.markdown = markdown;
  }

  /** A URL fit for an {@code href}, or "" after reporting why it was dropped. */
  String link(Optional<String> url, String path) {
    return url.map(value -> checked(value, SafeUrls.LINK_SCHEMES, "link", path)).orElse("");
  }

  String image(Optional<String> url, String path) {
    return url.map(value -> checked(value, SafeUrls.IMAGE_SCHEMES, "image", path)).orElse("");
  }

  private String checked(String url, Set<String> schemes, String what, String path) {
    Optional<String> safe = SafeUrls.check(url, schemes);
    if (safe.isEmpty() && !url.isBlank()) {
      String scheme = SafeUrls.scheme(url).orElse("?");
      losses.warn(
          "unsafe-url",
          "dropped an unsafe " + what + " URL (scheme '" + printable(scheme) + ":'; allowed: "
              + String.join(", ", schemes.stream().sorted().toList()) + " and relative URLs)",
          path);
    }
    return safe.orElse("");
  }

  private static String printable(String text) {
    String cut = text.length() > 20 ? text.substring(0, 20) + "…" : text;
    return cut.replaceAll("[^\\p{Alnum}+.\\-]", "?");
  }

  String block(Optional<String> markdownText, int headingLevel, String path) {
    return markdownText.map(text -> markdown.block(text, headingLevel, path, losses)).orElse("");
  }

  String inline(String markdownText, String path) {
    return markdown.inline(markdownText, path, losses);
  }

  /** Extensions are kept by the model but have no place on the page: say so. */
  void extensions(Extensible part, String path) {
    for (String key : part.extensions().keySet()) {
      if (DocumentReader.LAYOUT_EXTENSIONS.contains(key)) {
        // How a page laid its headings out, added by the Markdown reader: nothing a reader of the HTML misses.
        continue;
      }
      losses.warn(
          "not-shown",
          "the extension '" + key + "' is not shown in HTML",
          path + "." + key);
    }
  }

  void registerEntry(Optional<String> id, String anchor, String label, String kind) {
    id.ifPresent(
        value -> {
          Map<String, Object> view = new LinkedHashMap<>();
          view.put("href", "#" + anchor);
          view.put("label", label);
          view.put("kind", kind);
          entryLinks.putIfAbsent(value, view);
        });
  }

  Optional<Map<String, Object>> entryLink(String id) {
    return Optional.ofNullable(entryLinks.get(id));
  }

  static String text(Optional<String> value) {
    return value.orElse("");
  }

  static String firstPresent(String fallback, List<Optional<String>> candidates) {
    return candidates.stream().flatMap(Optional::stream).filter(s -> !s.isBlank()).findFirst().orElse(fallback);
  }
}
