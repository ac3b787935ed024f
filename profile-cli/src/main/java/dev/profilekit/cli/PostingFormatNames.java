package dev.profilekit.cli;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import java.util.Iterator;

/** The format names {@code target import --posting-format} takes: from the registry. */
final class PostingFormatNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Formats.standard().all().stream()
        .filter(RegistryHelp::readsPostings)
        .map(Format::id)
        .iterator();
  }
}
