package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What the person is answering: a job posting or a call, with its requirements. */
@Value.Immutable
public interface Target extends Extensible, WithTarget {
  /** Unique in the profile. */
  String id();

  String title();

  Optional<String> organization();

  Optional<String> url();

  Optional<PartialDate> date();

  /** Markdown. */
  Optional<String> description();

  /** What the role involves: context, not requirements to answer. */
  List<String> responsibilities();

  List<RequirementGroup> groups();

  /** A builder for {@link Target} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
