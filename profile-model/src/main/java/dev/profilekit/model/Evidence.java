package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Something that backs a claim: a publication, a measured outcome, an award, a quote… */
@Value.Immutable
public interface Evidence extends Extensible, WithEvidence {
  /** Unique in the profile. */
  String id();

  EvidenceKind kind();

  /** Markdown. */
  String summary();

  Optional<String> url();

  Optional<PartialDate> date();

  Optional<Metric> metric();

  /** Who said it, for a testimonial. */
  Optional<String> source();

  /** Ids of the work, project, publication… entries this evidence comes from. */
  List<String> refs();

  List<String> tags();

  /** A builder for {@link Evidence} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Evidence}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
