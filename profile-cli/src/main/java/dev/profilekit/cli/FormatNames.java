package dev.profilekit.cli;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatRole;
import dev.profilekit.model.format.Formats;
import java.util.Iterator;
import java.util.Set;

/** The format names {@code --from} and {@code --to} take, for tab completion: from the registry. */
final class FormatNames implements Iterable<String> {
  /** Formats that only read postings are for `target import`, not --from/--to. */
  private static final Set<FormatRole> CONVERTED =
      Set.of(FormatRole.READS_PROFILES, FormatRole.WRITES_PROFILES, FormatRole.CONTAINER);

  @Override
  public Iterator<String> iterator() {
    return Formats.standard().all().stream()
        .filter(format -> format.roles().stream().anyMatch(CONVERTED::contains))
        .map(Format::id)
        .iterator();
  }
}
