package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A group of requirements, e.g. "You may be a good fit if you…" (required). */
@Value.Immutable
public interface RequirementGroup extends Extensible {
  Optional<String> title();

  @Value.Default
  default Priority priority() {
    return Priority.REQUIRED;
  }

  List<Requirement> requirements();

  static ImmutableRequirementGroup.Builder builder() {
    return ImmutableRequirementGroup.builder();
  }
}
