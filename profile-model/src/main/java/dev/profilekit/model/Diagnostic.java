package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a profile or an input: what is wrong ({@link #message()}), where (the
 * JSON path inside the document and the file position of the offending value), a stable
 * {@link #code()} for tools, and a hint where one helps.
 *
 * <p>Built in one line: start from {@link #error(String, String)} or
 * {@link #warning(String, String)} and add what is known with the copy methods, e.g.
 * {@code Diagnostic.error("unknown-key", "unknown key `emial`").withPosition(position)
 * .withPath("$.basics.emial").withHint("did you mean `email`?")}. Each {@code with*} method
 * returns a changed copy; a {@code null} position, path or hint leaves it absent.
 */
@Value.Immutable
public interface Diagnostic extends WithDiagnostic {
  /** {@return how bad the problem is: an error stops a conversion, a warning does not} */
  Severity severity();

  /** {@return a stable, kebab-case identifier for tools, e.g. {@code unknown-key}} */
  String code();

  /** {@return what is wrong, in one line for people} */
  String message();

  /** {@return the JSON path of the value inside the document, e.g. {@code $.work[2].startDate}} */
  Optional<String> path();

  /** {@return where in the input the offending value is} */
  Optional<SourcePosition> position();

  /** {@return what to do about it, e.g. "did you mean `email`?"} */
  Optional<String> hint();

  /** {@return whether this is an error (rather than a warning)} */
  default boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * The one-line form, {@code file:line:col: error: message [code]}, followed by an indented hint
   * line when there is a hint. Control characters (which may come from the profile) are escaped,
   * so printing it cannot drive a terminal; see {@link PrintableText}.
   *
   * @return the diagnostic as people read it, one line or two
   */
  default String format() {
    StringBuilder line = new StringBuilder();
    position().ifPresent(p -> line.append(PrintableText.of(p.toString())).append(": "));
    line.append(severity().id()).append(": ").append(PrintableText.of(message()));
    path().ifPresent(p -> line.append(" (at ").append(PrintableText.of(p)).append(')'));
    line.append(" [").append(code()).append(']');
    hint().ifPresent(h -> line.append(System.lineSeparator()).append("  hint: ").append(PrintableText.of(h)));
    return line.toString();
  }

  /**
   * An error: the input cannot be used as it is. Add a position, path or hint with the {@code
   * with*} methods.
   *
   * @param code the stable, kebab-case code
   * @param message what is wrong, in one line
   * @return the error, without position, path or hint
   */
  static Diagnostic error(String code, String message) {
    return builder()
        .severity(Severity.ERROR)
        .code(code)
        .message(message)
        .build();
  }

  /**
   * A warning: the input can be used, but something in it was dropped, guessed or looks wrong. Add
   * a position, path or hint with the {@code with*} methods.
   *
   * @param code the stable, kebab-case code
   * @param message what is wrong, in one line
   * @return the warning, without position, path or hint
   */
  static Diagnostic warning(String code, String message) {
    return builder()
        .severity(Severity.WARNING)
        .code(code)
        .message(message)
        .build();
  }

  /**
   * {@return a new, empty builder for diagnostics; {@link #error} and {@link #warning} are shorter
   * for most uses}
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Diagnostic}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableDiagnostic.Builder {
    Builder() {}
  }
}
