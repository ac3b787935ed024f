package dev.profilekit.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in a profile or an input: what is wrong ({@link #message()}), where (the
 * JSON path inside the document and the file position of the offending value), a stable
 * {@link #code()} for tools, and a hint where one helps.
 */
@Value.Immutable
public interface Diagnostic {
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
    return ImmutableDiagnostic.builder()
        .severity(Severity.ERROR)
        .code(code)
        .message(message)
        .build();
  }

  static Diagnostic warning(String code, String message) {
    return ImmutableDiagnostic.builder()
        .severity(Severity.WARNING)
        .code(code)
        .message(message)
        .build();
  }
}
