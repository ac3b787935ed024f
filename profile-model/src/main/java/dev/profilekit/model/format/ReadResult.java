package dev.profilekit.model.format;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a reader made of its input: the profile, unless an error prevented it, and diagnostics. */
@Value.Immutable
public interface ReadResult {
  Optional<Profile> profile();

  List<Diagnostic> diagnostics();

  default boolean hasErrors() {
    return diagnostics().stream().anyMatch(Diagnostic::isError);
  }

  static ReadResult of(Profile profile, List<Diagnostic> diagnostics) {
    return builder().profile(profile).diagnostics(diagnostics).build();
  }

  static ReadResult failed(List<Diagnostic> diagnostics) {
    return builder().diagnostics(diagnostics).build();
  }

  /** A builder for {@link ReadResult} values. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadResult}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableReadResult.Builder {
    Builder() {}
  }
}
