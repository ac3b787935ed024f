package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A group of requirements, e.g. "You may be a good fit if you…" (required). */
@Value.Immutable
public interface RequirementGroup extends Extensible, WithRequirementGroup {
  Optional<String> title();

  @Value.Default
  default Priority priority() {
    return Priority.REQUIRED;
  }

  List<Requirement> requirements();

  /** A builder for {@link RequirementGroup} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequirementGroup}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableRequirementGroup.Builder {
    Builder() {}
  }
}
