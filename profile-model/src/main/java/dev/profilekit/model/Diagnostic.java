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
  Severity severity();

  /** A stable, kebab-case identifier, e.g. {@code unknown-key}. */
  String code();

  String message();

  /** The JSON path of the value inside the document, e.g. {@code $.work[2].startDate}. */
  Optional<String> path();

  Optional<SourcePosition> position();

  /** What to do about it, e.g. "did you mean `email`?". */
  Optional<String> hint();

  default boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * The one-line form, {@code file:line:col: error: message [code]}, followed by an indented
   * hint line when there is a hint. Control characters (which may come from the profile) are
   * escaped, so printing it cannot drive a terminal; see {@link PrintableText}.
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

  static Diagnostic error(String code, String message) {
    return builder()
        .severity(Severity.ERROR)
        .code(code)
        .message(message)
        .build();
  }

  static Diagnostic warning(String code, String message) {
    return builder()
        .severity(Severity.WARNING)
        .code(code)
        .message(message)
        .build();
  }

  /** A builder for diagnostics; {@link #error} and {@link #warning} are shorter for most uses. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Diagnostic}: set its attributes, then call {@code build()}. */
  final class Builder extends ImmutableDiagnostic.Builder {
    Builder() {}
  }
}
