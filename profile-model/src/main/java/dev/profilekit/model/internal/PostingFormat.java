package dev.profilekit.model.internal;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.target.JobPostingReader;
import dev.profilekit.model.target.TargetReader;
import dev.profilekit.model.target.TextPostingReader;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The formats that hold postings only: {@code job} (a JSON Resume job description,
 * {@link JobPostingReader}) and {@code text} (a posting pasted as plain text,
 * {@link TextPostingReader}). Markdown and HTML postings are read by the {@code markdown} and
 * {@code html} formats themselves.
 */
public final class PostingFormat implements Format {
  // A JSON object, or YAML with two of the job description's own top-level keys.
  private static final Pattern JSON_OBJECT = Pattern.compile("\\A\\uFEFF?\\s*+\\{");
  private static final Pattern JOB_KEY = Pattern.compile(
      "(?m)^(?:title|company|position|type|date|location|remote|salary|experience|responsibilities|qualifications|skills):");

  private final String id;
  private final String description;
  private final List<String> fileExtensions;
  private final String mediaType;
  private final TargetReader postings;
  private final ToIntFunction<String> recognises;

  private PostingFormat(String id, String description, List<String> fileExtensions, String mediaType,
      TargetReader postings, ToIntFunction<String> recognises) {
    this.id = id;
    this.description = description;
    this.fileExtensions = fileExtensions;
    this.mediaType = mediaType;
    this.postings = postings;
    this.recognises = recognises;
  }

  /** A JSON Resume job description, JSON or YAML. */
  public static PostingFormat job() {
    return new PostingFormat("job", "JSON Resume job description, JSON or YAML (postings only: target import)",
        List.of(".job.json", ".job.yaml", ".job.yml", ".json", ".yaml", ".yml"), "application/json",
        new JobPostingReader(), PostingFormat::looksLikeJob);
  }

  /** A posting pasted as plain text. */
  public static PostingFormat text() {
    return new PostingFormat("text", "A posting pasted as plain text: headings over bullets (postings only: target import)",
        List.of(".txt", ".text"), "text/plain", new TextPostingReader(), content -> content.isBlank() ? 0 : 1);
  }

  private static int looksLikeJob(String content) {
    if (JSON_OBJECT.matcher(content).lookingAt()) {
      return 4;
    }
    return JOB_KEY.matcher(content).results().limit(2).count() >= 2 ? 3 : 0;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<String> fileExtensions() {
    return fileExtensions;
  }

  @Override
  public String mediaType() {
    return mediaType;
  }

  @Override
  public int recognisePosting(InputHead head) {
    return head.text().map(recognises::applyAsInt).orElse(0);
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
