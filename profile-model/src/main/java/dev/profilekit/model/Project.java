package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A project. */
@Value.Immutable
public interface Project extends Extensible, Identified, Dated {
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

  static ImmutableProject.Builder builder() {
    return ImmutableProject.builder();
  }
}
