package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Something that backs a claim: a publication, a measured outcome, an award, a quote… */
@Value.Immutable
public interface Evidence extends Extensible, WithEvidence {
  /** {@return the evidence's id, unique in the profile: claims refer to it} */
  String id();

  /** {@return what kind of evidence this is} */
  EvidenceKind kind();

  /** {@return what the evidence shows, in Markdown} */
  String summary();

  /** {@return where the evidence can be seen or checked} */
  Optional<String> url();

  /** {@return when the evidence dates from} */
  Optional<PartialDate> date();

  /** {@return the measured outcome, for evidence of kind {@link EvidenceKind#METRIC}} */
  Optional<Metric> metric();

  /** {@return who said it, for a testimonial} */
  Optional<String> source();

  /** {@return the ids of the work, project, publication… entries this evidence comes from} */
  List<String> refs();

  /** {@return the skills or topics the evidence is about (skill ids or names)} */
  List<String> tags();

  /** {@return a new, empty builder for {@link Evidence} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Evidence}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
