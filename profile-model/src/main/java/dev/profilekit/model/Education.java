package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A course of study. */
@Value.Immutable
public interface Education extends Extensible, Identified, Dated, WithEducation {
  @Override
  Optional<String> id();

  Optional<String> institution();

  Optional<String> url();

  Optional<String> area();

  Optional<String> studyType();

  @Override
  Optional<PartialDate> startDate();

  @Override
  Optional<PartialDate> endDate();

  Optional<String> score();

  List<String> courses();

  /** A builder for {@link Education} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Education}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableEducation.Builder {
    Builder() {}
  }
}
