package dev.profilekit.model;

import java.util.Map;
import java.util.Optional;
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
 *
 * <p>An overlay may also stand in a file of its own beside the profile ({@code de: me.de.yaml}
 * in place of the mapping): until that file is read ({@code Profiles.read(Path)} reads it), the
 * overlay has a {@link #file()} and no changes.
 */
@Value.Immutable
public interface Overlay {
  /** {@return the changes, by native key, in the order written; empty for an empty overlay} */
  @AllowNulls
  Map<String, Object> changes();

  /**
   * {@return the file the overlay is written in, relative to the profile's directory, while that
   * file has not been read; empty for an overlay whose changes are here}
   */
  Optional<String> file();

  /**
   * An overlay with the given changes.
   *
   * @param changes the changes, JSON-like, by native key
   * @return the overlay
   */
  static Overlay of(Map<String, Object> changes) {
    return ImmutableOverlay.builder().putAllChanges(changes).build();
  }

  /**
   * An overlay that stands in a file of its own, not read yet.
   *
   * @param file the file's name, relative to the profile's directory
   * @return the overlay, without changes
   */
  static Overlay inFile(String file) {
    return ImmutableOverlay.builder().file(file).build();
  }
}
