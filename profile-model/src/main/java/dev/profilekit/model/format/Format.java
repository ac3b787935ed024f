package dev.profilekit.model.format;

import dev.profilekit.model.target.TargetReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One format: its id, the names and file names it goes by, its media type, whether it is text,
 * its options, and its reader, writer and posting reader (each where it has one). Every format,
 * built in or not, is one of these, contributed by a {@link dev.profilekit.spi.FormatProvider}
 * and found through {@link Formats}. Implementations are immutable and thread-safe.
 */
public interface Format {
  /**
   * The name used with {@code --from}/{@code --to}, e.g. {@code yaml}: lower case, unique.
   *
   * @return the id
   */
  String id();

  /**
   * One line for {@code profile formats}.
   *
   * @return the description
   */
  String description();

  /**
   * File name endings, most specific first, e.g. {@code .resume.json}; the first is the one
   * files written in the format get.
   *
   * @return the endings, with their dot
   */
  List<String> fileExtensions();

  /**
   * Other names {@code --from}/{@code --to} accept for this format, as people type them (e.g.
   * {@code md} for {@code markdown}). None by default.
   *
   * @return the aliases
   */
  default List<String> aliases() {
    return List.of();
  }

  /**
   * The media type of its files, e.g. {@code application/yaml} or {@code text/html}.
   *
   * @return the media type, without parameters
   */
  String mediaType();

  /**
   * What the format can be used for. By default, told from which of {@link #reader()}, {@link
   * #writer()} and {@link #postingReader()} it has; a container format (JSON Lines) says so.
   *
   * @return the roles, never empty
   */
  default Set<FormatRole> roles() {
    Set<FormatRole> roles = EnumSet.noneOf(FormatRole.class);
    reader().ifPresent(reader -> roles.add(FormatRole.READS_PROFILES));
    writer().ifPresent(writer -> roles.add(FormatRole.WRITES_PROFILES));
    postingReader().ifPresent(reader -> roles.add(FormatRole.READS_POSTINGS));
    return roles;
  }

  /**
   * The options its reader and writer take, each declared once here: the command line's flags
   * and {@code --set}, the typed option builders and the checks of unknown keys all come from
   * these. None by default.
   *
   * @return the options
   */
  default List<FormatOption> options() {
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

  /**
   * Its reader of profiles.
   *
   * @return the reader, empty when the format cannot be read as a profile
   */
  Optional<ProfileReader> reader();

  /**
   * Its writer of profiles.
   *
   * @return the writer, empty when profiles cannot be written in the format
   */
  Optional<ProfileWriter> writer();

  /**
   * The reader of job postings in this format, for {@code profile target import}; empty when the
   * format holds no postings. A format may read postings only, with no profile reader or writer.
   *
   * @return the posting reader, if the format has one
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

  /**
   * A shortcut from lines of this format to lines of {@code target} for JSON Lines, when the
   * format has one for these read options. None by default.
   *
   * @param target the format of the output lines
   * @param readOptions the options each line is read with
   * @param writeOptions the options each line is written with
   * @return the shortcut, or empty to read every line the full way
   */
  default Optional<LineTranscoder> lineTranscoder(Format target, ReadOptions readOptions, WriteOptions writeOptions) {
    return Optional.empty();
  }
}
