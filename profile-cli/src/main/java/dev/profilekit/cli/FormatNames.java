package dev.profilekit.cli;

import dev.profilekit.model.format.Format;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The format names {@code --from} and {@code --to} take, for tab completion. */
final class FormatNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    List<String> names = new ArrayList<>();
    for (Format format : dev.profilekit.model.format.Formats.standard().all()) {
      // Formats that only read postings are for `target import`, not --from/--to.
      if (format.reader().isPresent() || format.writer().isPresent()) {
        names.add(format.id());
      }
    }
    names.add(JsonLinesConversion.ID);
    return names.iterator();
  }
}
