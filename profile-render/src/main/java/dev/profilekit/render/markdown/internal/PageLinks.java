package dev.profilekit.render.markdown.internal;

import dev.profilekit.model.SourcePosition;
import dev.profilekit.spi.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's profiles on known networks and their email, wherever a page links them: Markdown
 * links, autolinks, reference definitions, {@code <a href>} tags and bare addresses in the text,
 * and {@code social:}, {@code profiles:} or {@code links:} in the front matter. Each once, in page
 * order; the page's text is only read, never changed.
 */
final class PageLinks {
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`)\\]|}{]+");
  private static final Pattern MAILTO = Pattern.compile("mailto:([^\\s<>\"'`)\\]?|]+@[^\\s<>\"'`)\\]?|]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[A-Za-z]{2,}");
  private static final Set<String> FRONT_MATTER_KEYS = Set.of("social", "profiles", "links", "socials", "social_links", "contact", "author");

  /** The person's profiles as link nodes, and the first email address linked. */
  record Found(List<Node> links, Optional<Node> email) {}

  private final SourceText source;
  private final Map<String, Node> links = new LinkedHashMap<>();
  private Node email;

  private PageLinks(SourceText source) {
    this.source = source;
  }

  /**
   * What {@code frontMatter} and the page text in {@code regions} (start and end offsets) link.
   * Links already in {@code known} (by address) are not repeated.
   */
  static Found find(SourceText source, Optional<Node.MapNode> frontMatter, List<int[]> regions, Set<String> known) {
    PageLinks found = new PageLinks(source);
    known.forEach(url -> found.links.put(key(url), null));
    frontMatter.ifPresent(map -> {
      for (Node.Member member : map.members().values()) {
        if (FRONT_MATTER_KEYS.contains(member.key().toLowerCase(Locale.ROOT))) {
          found.frontMatter(member.key(), member.value(), 0);
        }
      }
      Node.Member email = map.members().get("email");
      if (email != null && email.value() instanceof Node.ScalarNode scalar && scalar.value() instanceof String text
          && EMAIL.matcher(text.strip()).matches()) {
        found.email(text.strip(), scalar.position());
      }
    });
    for (int[] region : regions) {
      found.text(region[0], region[1]);
    }
    List<Node> result = new ArrayList<>();
    found.links.values().forEach(node -> {
      if (node != null) {
        result.add(node);
      }
    });
    return new Found(result, Optional.ofNullable(found.email));
  }

  private void frontMatter(String key, Node value, int depth) {
    if (depth > 4) {
      return;
    }
    if (value instanceof Node.ScalarNode scalar && scalar.value() instanceof String text) {
      if (text.regionMatches(true, 0, "mailto:", 0, 7)) {
        email(text.substring(7), scalar.position());
      } else if (key.equalsIgnoreCase("email")) {
        email(text, scalar.position());
      } else {
        ProfileNetworks.ofKey(key, text).ifPresent(profile -> add(profile, scalar.position()));
      }
    } else if (value instanceof Node.ListNode list) {
      for (Node item : list.items()) {
        frontMatter(key, item, depth + 1);
      }
    } else if (value instanceof Node.MapNode map) {
      for (Node.Member member : map.members().values()) {
        frontMatter(member.key(), member.value(), depth + 1);
      }
    }
  }

  private void text(int start, int end) {
    String text = source.text().substring(start, end);
    Matcher url = URL.matcher(text);
    while (url.find()) {
      String address = url.group().replaceAll("[.,;:!?*_~]+$", "");
      ProfileNetworks.of(address).ifPresent(profile -> add(profile, source.position(start + url.start())));
    }
    Matcher mailto = MAILTO.matcher(text);
    while (mailto.find()) {
      email(mailto.group(1), source.position(start + mailto.start(1)));
    }
  }

  private void add(ProfileNetworks.Profile profile, SourcePosition at) {
    String key = key(profile.url());
    if (links.containsKey(key)) {
      return;
    }
    Trees.MapBuilder link = new Trees.MapBuilder(at).put("network", Trees.scalar(at, profile.network()));
    profile.username().ifPresent(user -> link.put("username", Trees.scalar(at, user)));
    links.put(key, link.put("url", Trees.scalar(at, profile.url())).build());
  }

  private void email(String address, SourcePosition at) {
    String text = address.strip();
    if (text.contains("%")) {
      try {
        text = java.net.URLDecoder.decode(text.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return;
      }
    }
    if (email == null && EMAIL.matcher(text).matches()) {
      email = Trees.scalar(at, text);
    }
  }

  /** Addresses that differ only in scheme, case of the host, "www." or a final slash are one. */
  static String key(String url) {
    return url.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "").replaceAll("/+$", "");
  }
}
