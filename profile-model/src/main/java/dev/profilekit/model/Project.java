package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A project. */
@Value.Immutable
public interface Project extends Extensible, Identified, Dated, WithProject {
  @Override
  Optional<String> id();

  Optional<String> name();

  Optional<String> description();

  List<String> highlights();

  List<String> keywords();

  @Override
  Optional<PartialDate> startDate();

  @Override
  Optional<PartialDate> endDate();

  Optional<String> url();

  List<String> roles();

  Optional<String> entity();

  Optional<String> type();

  List<String> tags();

  /** A builder for {@link Project} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
