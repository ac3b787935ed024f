package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import java.util.Set;

/**
 * What a conversion that threw, instead of returning, becomes: one diagnostic for the input it
 * was working on, so a batch or a stream counts it as failed and goes on. The errors hostile
 * input can cause (a stack overflow in a library's recursion, running out of memory) are the
 * input's fault and exit 1; anything else is a bug and says so.
 */
final class WorkFailure {
  /** The commands whose names say the work they do on an input. */
  private static final Set<String> VERBS = Set.of("validate", "check", "convert", "tailor", "import");

  private WorkFailure() {}

  /** Whether {@code failure} is one a hostile input can cause, rather than a bug of ours. */
  static boolean isInputsFault(Throwable failure) {
    return failure instanceof StackOverflowError || failure instanceof OutOfMemoryError;
  }

  /** The diagnostic for {@code failure} while converting {@code name} (line 1 unless known). */
  static Diagnostic diagnostic(String name, int line, Throwable failure) {
    return diagnostic("convert", name, line, failure);
  }

  /**
   * The diagnostic for {@code failure} while the command {@code verb} ("validate", "check",
   * "convert") worked on {@code name}: the message names the work that failed, so a {@code
   * validate} that runs out of memory does not say it was converting.
   */
  static Diagnostic diagnostic(String verb, String name, int line, Throwable failure) {
    Diagnostic diagnostic;
    if (failure instanceof StackOverflowError) {
      diagnostic = Diagnostic.error("too-complex", "the input repeats or nests a construct too often to " + verb + " (stack overflow)")
          .withHint("look for a very long run of one character or of one Markdown construct, and shorten it");
    } else if (failure instanceof OutOfMemoryError) {
      diagnostic = Diagnostic.error("out-of-memory", gerund(verb) + " this input ran out of memory ("
              + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB heap)")
          .withHint(verb + " it on its own with more memory, e.g. PROFILE_JAVA_OPTS=-Xmx2g");
    } else {
      diagnostic = Diagnostic.error("internal-error", "internal error: " + failure)
          .withHint("this is a bug: rerun this file alone with --debug and please report it");
    }
    return diagnostic.withPosition(SourcePosition.of(name, Math.max(1, line), 1));
  }

  /** "validate" as "validating", "check" as "checking": the command names are plain verbs. */
  static String gerund(String verb) {
    return (verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb) + "ing";
  }

  /**
   * The verb for the command {@code args} ran, for {@link #diagnostic(String, String, int,
   * Throwable)}: the first argument that names such a command ({@code target import} is
   * "import"), else "read".
   */
  static String verbOf(String[] args) {
    for (String arg : args) {
      if (VERBS.contains(arg)) {
        return arg;
      }
    }
    return "read";
  }
}
