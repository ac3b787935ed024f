package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A skill, with keywords. */
@Value.Immutable
public interface Skill extends Extensible, Identified, WithSkill {
  @Override
  Optional<String> id();

  Optional<String> name();

  Optional<String> level();

  List<String> keywords();

  /** A builder for {@link Skill} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Skill}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableSkill.Builder {
    Builder() {}
  }
}
