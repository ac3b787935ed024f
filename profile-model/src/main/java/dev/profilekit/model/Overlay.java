package dev.profilekit.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A partial profile laid over the base: a translation or a variant. Its {@link #changes()} are
 * written like the native format's own keys (JSON-like values), and mean:
 *
 * <ul>
 *   <li>a field replaces the base's field at the same path ({@code person.label: "…"});
 *       {@code null} removes it;
 *   <li>a mapping is merged key by key into the base's mapping;
 *   <li>a list of entries that have ids (work, sections, skills…) is merged by id: each item
 *       names the {@code id} of a base entry and the fields it replaces; {@code remove: true}
 *       removes that entry; {@code add: true} adds a new, complete entry at the end (variants
 *       only);
 *   <li>any other list (highlights, keywords, links…) replaces the base's list as a whole.
 * </ul>
 *
 * Overlays are checked against the base when the profile is read, and applied by {@link
 * Overlays#resolve}.
 */
@Value.Immutable
public interface Overlay {
  /** {@return the changes, by native key, in the order written; empty for an empty overlay} */
  @AllowNulls
  Map<String, Object> changes();

  /**
   * An overlay with the given changes.
   *
   * @param changes the changes, JSON-like, by native key
   * @return the overlay
   */
  static Overlay of(Map<String, Object> changes) {
    return ImmutableOverlay.builder().putAllChanges(changes).build();
  }
}
