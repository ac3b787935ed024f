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
   * How sure this format is that {@code content} (the decoded start of a file whose name did
   * not settle it) is its own: 0 not at all, higher is surer. Used to tell JSON Resume from
   * native JSON.
   */
  default int recognise(String content) {
    return 0;
  }
}
