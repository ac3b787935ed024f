package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A group of requirements, e.g. "You may be a good fit if you…" (required). */
@Value.Immutable
public interface RequirementGroup extends Extensible, WithRequirementGroup {
  /** {@return the group's heading in the posting, e.g. "Nice to have"} */
  Optional<String> title();

  /** {@return how much the posting insists on the group; {@link Priority#REQUIRED} unless set} */
  @Value.Default
  default Priority priority() {
    return Priority.REQUIRED;
  }

  /** {@return the requirements, in posting order} */
  List<Requirement> requirements();

  /** {@return a new, empty builder for {@link RequirementGroup} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequirementGroup}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableRequirementGroup.Builder {
    Builder() {}
  }
}
