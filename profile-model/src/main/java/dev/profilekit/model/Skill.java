package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A skill, with keywords. */
@Value.Immutable
public interface Skill extends Extensible, Identified {
  @Override
  Optional<String> id();

  Optional<String> name();

  Optional<String> level();

  List<String> keywords();

  static ImmutableSkill.Builder builder() {
    return ImmutableSkill.builder();
  }
}
