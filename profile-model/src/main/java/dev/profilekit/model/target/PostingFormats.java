package dev.profilekit.model.target;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatProvider;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Contributes the formats that hold postings only: {@code job} (a JSON Resume job description,
 * {@link JobPostingReader}) and {@code text} (a posting pasted as plain text,
 * {@link TextPostingReader}). Markdown and HTML postings are read by the {@code markdown} and
 * {@code html} formats themselves.
 */
public final class PostingFormats implements FormatProvider {
  /** The provider, as the service loader makes it. */
  public PostingFormats() {}

  /** {@return the posting formats, {@code job} and {@code text}} */
  @Override
  public List<Format> formats() {
    return List.of(
        new PostingFormat("job", "JSON Resume job description, JSON or YAML (postings only: target import)",
            List.of(".job.json", ".job.yaml", ".job.yml", ".json", ".yaml", ".yml"), new JobPostingReader(),
            PostingFormats::looksLikeJob),
        new PostingFormat("text", "A posting pasted as plain text: headings over bullets (postings only: target import)",
            List.of(".txt", ".text"), new TextPostingReader(), content -> content.isBlank() ? 0 : 1));
  }

  // A JSON object, or YAML with two of the job description's own top-level keys.
  private static final Pattern JSON_OBJECT = Pattern.compile("\\A\\uFEFF?\\s*+\\{");
  private static final Pattern JOB_KEY = Pattern.compile(
      "(?m)^(?:title|company|position|type|date|location|remote|salary|experience|responsibilities|qualifications|skills):");

  private static int looksLikeJob(String content) {
    if (JSON_OBJECT.matcher(content).lookingAt()) {
      return 4;
    }
    return JOB_KEY.matcher(content).results().limit(2).count() >= 2 ? 3 : 0;
  }

  private record PostingFormat(String id, String description, List<String> fileExtensions, TargetReader postings,
      ToIntFunction<String> recognises) implements Format {
    @Override
    public int recognisePosting(String content) {
      return recognises.applyAsInt(content);
    }

    @Override
    public Optional<ProfileReader> reader() {
      return Optional.empty();
    }

    @Override
    public Optional<ProfileWriter> writer() {
      return Optional.empty();
    }

    @Override
    public Optional<TargetReader> postingReader() {
      return Optional.of(postings);
    }
  }
}
