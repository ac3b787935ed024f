package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A skill, with keywords. */
@Value.Immutable
public interface Skill extends Extensible, Identified, WithSkill {
  @Override
  Optional<String> id();

  /** {@return the skill, e.g. "Distributed systems"} */
  Optional<String> name();

  /** {@return how good the person is at it, e.g. "Expert"} */
  Optional<String> level();

  /** {@return the tools or topics the skill covers} */
  List<String> keywords();

  /** {@return a new, empty builder for {@link Skill} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Skill}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableSkill.Builder {
    Builder() {}
  }
}
