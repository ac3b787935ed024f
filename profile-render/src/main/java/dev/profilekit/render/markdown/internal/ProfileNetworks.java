package dev.profilekit.render.markdown.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which links point at a person's profile on a known network: {@code github.com/tove} is one,
 * {@code github.com/tove/some-repo} is not. Also turns a username given under a network's name
 * in front matter ({@code github: tove}) into the profile's address.
 */
final class ProfileNetworks {
  /** A person's profile on a network, with the username when the address shows it. */
  record Profile(String network, Optional<String> username, String url) {}

  private record Network(String name, Pattern host, Pattern path, String address) {}

  private static final String USER = "([A-Za-z0-9_.-]+)/?";
  private static final List<Network> NETWORKS =
      List.of(
          new Network("GitHub", host("github\\.com"), Pattern.compile("/" + USER), "https://github.com/%s"),
          new Network("GitLab", host("gitlab\\.com"), Pattern.compile("/" + USER), "https://gitlab.com/%s"),
          new Network("LinkedIn", host("([a-z]{2,3}\\.)?linkedin\\.com"), Pattern.compile("/(?:in|pub)/([^/?#]+)/?"), "https://www.linkedin.com/in/%s"),
          new Network("X", host("(twitter|x)\\.com"), Pattern.compile("/(?!intent|share|home|i/)" + USER), "https://x.com/%s"),
          new Network("Google Scholar", host("scholar\\.google\\.[a-z.]+"), Pattern.compile("/citations\\?(?:.*&)?user=([A-Za-z0-9_-]+).*"), "https://scholar.google.com/citations?user=%s"),
          new Network("ORCID", host("orcid\\.org"), Pattern.compile("/(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])/?"), "https://orcid.org/%s"),
          new Network("Stack Overflow", host("stackoverflow\\.com"), Pattern.compile("/users/(\\d+)(?:/[^/?#]*)?/?"), "https://stackoverflow.com/users/%s"),
          new Network("Bluesky", host("bsky\\.app"), Pattern.compile("/profile/([^/?#]+)/?"), "https://bsky.app/profile/%s"),
          new Network("Codeberg", host("codeberg\\.org"), Pattern.compile("/" + USER), "https://codeberg.org/%s"),
          new Network("ResearchGate", host("researchgate\\.net"), Pattern.compile("/profile/([^/?#]+)/?"), "https://www.researchgate.net/profile/%s"),
          new Network("Kaggle", host("kaggle\\.com"), Pattern.compile("/" + USER), "https://www.kaggle.com/%s"),
          new Network("Hugging Face", host("huggingface\\.co"), Pattern.compile("/" + USER), "https://huggingface.co/%s"),
          new Network("Instagram", host("instagram\\.com"), Pattern.compile("/" + USER), "https://www.instagram.com/%s"),
          new Network("YouTube", host("youtube\\.com"), Pattern.compile("/(@[A-Za-z0-9_.-]+)/?"), "https://www.youtube.com/%s"),
          new Network("Dribbble", host("dribbble\\.com"), Pattern.compile("/" + USER), "https://dribbble.com/%s"),
          new Network("Behance", host("behance\\.net"), Pattern.compile("/" + USER), "https://www.behance.net/%s"),
          new Network("Medium", host("medium\\.com"), Pattern.compile("/(@[A-Za-z0-9_.-]+)/?"), "https://medium.com/%s"),
          new Network("DBLP", host("dblp\\.(org|uni-trier\\.de)"), Pattern.compile("/pid/([0-9a-z/]+?)(?:\\.html)?/?"), "https://dblp.org/pid/%s"),
          new Network("Keybase", host("keybase\\.io"), Pattern.compile("/" + USER), "https://keybase.io/%s"));
  /** Mastodon and the rest of the fediverse: any server, {@code /@user}. */
  private static final Pattern FEDIVERSE = Pattern.compile("/@([A-Za-z0-9_]+)/?");
  /** Paths of github.com and the like that are pages of the site, not people. */
  private static final List<String> SITE_PAGES =
      List.of("about", "features", "pricing", "login", "signup", "explore", "topics", "search", "settings", "orgs", "sponsors", "marketplace");
  /** Front matter keys that hold a network's username, and the network. */
  private static final Map<String, String> KEYS =
      Map.ofEntries(
          Map.entry("github", "GitHub"), Map.entry("gitlab", "GitLab"), Map.entry("linkedin", "LinkedIn"),
          Map.entry("twitter", "X"), Map.entry("x", "X"), Map.entry("orcid", "ORCID"),
          Map.entry("google_scholar", "Google Scholar"), Map.entry("googlescholar", "Google Scholar"),
          Map.entry("scholar", "Google Scholar"), Map.entry("scholar_userid", "Google Scholar"),
          Map.entry("stackoverflow", "Stack Overflow"), Map.entry("bluesky", "Bluesky"), Map.entry("codeberg", "Codeberg"),
          Map.entry("researchgate", "ResearchGate"), Map.entry("kaggle", "Kaggle"));

  private ProfileNetworks() {}

  private static Pattern host(String pattern) {
    return Pattern.compile("(?:www\\.|m\\.)?" + pattern);
  }

  /** The profile {@code url} points at, if it is one on a known network. */
  static Optional<Profile> of(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
    if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
      return Optional.empty();
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String path = (uri.getRawPath() == null ? "" : uri.getRawPath()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    for (Network network : NETWORKS) {
      if (network.host().matcher(host).matches()) {
        Matcher m = network.path().matcher(path);
        if (m.matches() && !SITE_PAGES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
          return Optional.of(new Profile(network.name(), Optional.of(m.group(1)), url.strip()));
        }
        return Optional.empty();
      }
    }
    Matcher fediverse = FEDIVERSE.matcher(path);
    if (fediverse.matches() && uri.getRawQuery() == null) {
      return Optional.of(new Profile("Mastodon", Optional.of("@" + fediverse.group(1) + "@" + host), url.strip()));
    }
    return Optional.empty();
  }

  /** The profile a front matter key such as {@code github: tove} names, if the key is a network's. */
  static Optional<Profile> ofKey(String key, String value) {
    String text = value.strip();
    if (text.startsWith("http://") || text.startsWith("https://")) {
      return of(text);
    }
    String network = KEYS.get(key.toLowerCase(Locale.ROOT).replace("-", "_"));
    if (network == null || text.isEmpty() || text.contains(" ") || text.contains("/")) {
      return Optional.empty();
    }
    String user = text.startsWith("@") && !network.equals("Bluesky") ? text.substring(1) : text;
    for (Network known : NETWORKS) {
      if (known.name().equals(network)) {
        return Optional.of(new Profile(network, Optional.of(user), String.format(known.address(), user)));
      }
    }
    return Optional.empty();
  }
}
