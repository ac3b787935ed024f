package dev.profilekit.model.internal;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatRole;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JSON Lines: many profiles, one JSON document per line. A container: it has no reader or
 * writer of one profile; the command line streams it line by line, each line in a profile
 * format of its own.
 */
public final class JsonLinesFormat implements Format {
  /** The format's id. */
  public static final String ID = "jsonl";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "A stream of profiles, one JSON document per line (convert only; see --lines-as)";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".jsonl");
  }

  @Override
  public String mediaType() {
    return "application/jsonl";
  }

  @Override
  public Set<FormatRole> roles() {
    return Set.of(FormatRole.CONTAINER);
  }

  @Override
  public Optional<ProfileReader> reader() {
    return Optional.empty();
  }

  @Override
  public Optional<ProfileWriter> writer() {
    return Optional.empty();
  }
}
