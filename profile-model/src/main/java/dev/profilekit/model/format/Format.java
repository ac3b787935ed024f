package dev.profilekit.model.format;

import dev.profilekit.model.target.TargetReader;
import java.util.List;
import java.util.Optional;

/** One format: its id, the file names it goes by, and its reader and/or writer. */
public interface Format {
  /** The name used with {@code --from}/{@code --to}, e.g. {@code yaml}. */
  String id();

  /** One line for {@code profile formats}. */
  String description();

  /** File name endings, most specific first, e.g. {@code .resume.json}. */
  List<String> fileExtensions();

  /**
   * Other names {@code --from}/{@code --to} accept for this format, as people type them (e.g.
   * {@code md} for {@code markdown}). None by default.
   */
  default List<String> aliases() {
    return List.of();
  }

  /**
   * Whether the format is text (read through {@link dev.profilekit.spi.TextInput}, written as
   * UTF-8) rather than binary. Text by default.
   *
   * @return true for a text format
   */
  default boolean isText() {
    return true;
  }

  Optional<ProfileReader> reader();

  Optional<ProfileWriter> writer();

  /**
   * The reader of job postings in this format, for {@code profile target import}; empty when the
   * format holds no postings. A format may read postings only, with no profile reader or writer.
   */
  default Optional<TargetReader> postingReader() {
    return Optional.empty();
  }

  /**
   * How sure this format is that an input whose name did not settle it is its own: 0 not at
   * all, higher is surer. A binary format looks at the first bytes ({@link InputHead#startsWith});
   * a text format at the text ({@link InputHead#text()}), e.g. to tell JSON Resume from native
   * JSON. None by default.
   *
   * @param head the input's first bytes and text
   * @return 0 for not this format, higher for surer
   */
  default int recognise(InputHead head) {
    return 0;
  }

  /**
   * How sure this format is that {@code head} (a posting with no name, such as standard input)
   * is a posting of its own: 0 not at all, higher is surer. Plain text, which anything is,
   * answers 1; a format with a sign of its own (a doctype, a JSON object, a heading) more.
   *
   * @param head the posting's first bytes and text
   * @return 0 for not this format, higher for surer
   */
  default int recognisePosting(InputHead head) {
    return 0;
  }
}
