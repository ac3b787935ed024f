package dev.profilekit.model.format;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a reader made of its input: the profile, unless an error prevented it, and diagnostics. */
@Value.Immutable
public interface ReadResult {
  /**
   * The profile read, present whenever the input could be read at all, even when some
   * diagnostics are errors (validation errors, for instance).
   *
   * @return the profile, or empty if an error prevented reading it
   */
  Optional<Profile> profile();

  /**
   * Every problem found, errors and warnings, each with its position where it has one.
   *
   * @return the diagnostics; empty if there was nothing to say, never null
   */
  List<Diagnostic> diagnostics();

  /**
   * Whether any diagnostic is an error: the profile, if present, should not be trusted as is.
   *
   * @return true if at least one diagnostic is an error
   */
  default boolean hasErrors() {
    return diagnostics().stream().anyMatch(Diagnostic::isError);
  }

  /**
   * A profile that was read, with what was found on the way.
   *
   * @param profile the profile read
   * @param diagnostics the problems found, possibly none
   * @return the result
   */
  static ReadResult of(Profile profile, List<Diagnostic> diagnostics) {
    return builder().profile(profile).diagnostics(diagnostics).build();
  }

  /**
   * No profile: the diagnostics say why (they should hold at least one error).
   *
   * @param diagnostics the problems that prevented reading
   * @return the result
   */
  static ReadResult failed(List<Diagnostic> diagnostics) {
    return builder().diagnostics(diagnostics).build();
  }

  /**
   * Starts an empty result: no profile, no diagnostics.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadResult}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableReadResult.Builder {
    Builder() {}
  }
}
