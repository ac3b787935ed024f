package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What the person is answering: a job posting or a call, with its requirements. */
@Value.Immutable
public interface Target extends Extensible, WithTarget {
  /** {@return the target's id, unique in the profile} */
  String id();

  /** {@return the role or call, e.g. "Research Engineer"} */
  String title();

  /** {@return who posted it} */
  Optional<String> organization();

  /** {@return where the posting is} */
  Optional<String> url();

  /** {@return when it was posted} */
  Optional<PartialDate> date();

  /** {@return what the posting says about the role, in Markdown} */
  Optional<String> description();

  /** {@return what the role involves: context, not requirements to answer} */
  List<String> responsibilities();

  /** {@return the requirements, in groups of one priority each} */
  List<RequirementGroup> groups();

  /** {@return a new, empty builder for {@link Target} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
