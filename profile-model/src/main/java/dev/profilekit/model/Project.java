package dev.profilekit.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A project. */
@Value.Immutable
public interface Project extends Extensible, Identified, Dated, WithProject {
  @Override
  Optional<String> id();

  /** {@return the project's name} */
  Optional<String> name();

  /** {@return what the project is, in Markdown} */
  Optional<String> description();

  /** {@return what the person achieved in it, one Markdown line each} */
  List<String> highlights();

  /** {@return technologies or topics of the project} */
  List<String> keywords();

  @Override
  Optional<PartialDate> startDate();

  @Override
  Optional<PartialDate> endDate();

  /** {@return where the project can be seen} */
  Optional<String> url();

  /** {@return the person's roles in the project, e.g. "Maintainer"} */
  List<String> roles();

  /** {@return the organisation the project was done for or with} */
  Optional<String> entity();

  /** {@return what kind of project it is, e.g. "application" or "talk"} */
  Optional<String> type();

  /** {@return skills or topics this entry demonstrates (skill ids or names)} */
  List<String> tags();

  /** {@return a new, empty builder for {@link Project} values} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Project}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
