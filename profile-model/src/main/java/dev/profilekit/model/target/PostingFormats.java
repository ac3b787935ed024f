package dev.profilekit.model.target;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatProvider;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import java.util.List;
import java.util.Optional;

/**
 * Contributes the formats that hold postings only: {@code job} (a JSON Resume job description,
 * {@link JobPostingReader}) and {@code text} (a posting pasted as plain text,
 * {@link TextPostingReader}). Markdown and HTML postings are read by the {@code markdown} and
 * {@code html} formats themselves.
 */
public final class PostingFormats implements FormatProvider {
  @Override
  public List<Format> formats() {
    return List.of(
        new PostingFormat("job", "JSON Resume job description, JSON or YAML (postings only: target import)",
            List.of(".job.json", ".job.yaml", ".job.yml", ".json", ".yaml", ".yml"), new JobPostingReader()),
        new PostingFormat("text", "A posting pasted as plain text: headings over bullets (postings only: target import)",
            List.of(".txt", ".text"), new TextPostingReader()));
  }

  private record PostingFormat(String id, String description, List<String> fileExtensions, TargetReader postings)
      implements Format {
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
