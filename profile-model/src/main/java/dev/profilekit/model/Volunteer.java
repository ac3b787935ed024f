package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Volunteer work. */
@Value.Immutable
public interface Volunteer extends Extensible, Identified, Dated {
  @Override
  Optional<String> id();

  Optional<String> organization();

  Optional<String> position();

  Optional<String> url();

  @Override
  Optional<PartialDate> startDate();

  @Override
  Optional<PartialDate> endDate();

  Optional<String> summary();

  List<String> highlights();

  List<String> tags();

  static ImmutableVolunteer.Builder builder() {
    return ImmutableVolunteer.builder();
  }
}
