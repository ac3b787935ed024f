package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A course of study. */
@Value.Immutable
public interface Education extends Extensible, Identified, Dated, WithEducation {
  @Override
  Optional<String> id();

  /** {@return the school, university or other institution} */
  Optional<String> institution();

  /** {@return the institution's web site} */
  Optional<String> url();

  /** {@return the field of study, e.g. "Computer Science"} */
  Optional<String> area();

  /** {@return the kind of study or degree, e.g. "Bachelor" or "PhD"} */
  Optional<String> studyType();

  @Override
  Optional<PartialDate> startDate();

  @Override
  Optional<PartialDate> endDate();

  /** {@return the grade or score as the institution gives it, e.g. "4.0" or "First"} */
  Optional<String> score();

  /** {@return notable courses taken} */
  List<String> courses();

  /** {@return a new, empty builder for {@link Education} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Education}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableEducation.Builder {
    Builder() {}
  }
}
