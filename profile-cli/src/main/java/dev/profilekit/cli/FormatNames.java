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

  /** Whether {@code convert} reads or writes {@code format} (not only postings). */
  static boolean isConverted(Format format) {
    return format.roles().stream().anyMatch(CONVERTED::contains);
  }

  @Override
  public Iterator<String> iterator() {
    return Formats.standard().all().stream()
        .filter(FormatNames::isConverted)
        .map(Format::id)
        .iterator();
  }
}
