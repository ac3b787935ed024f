package dev.profilekit.render.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs library code whose recursion grows with its input (flexmark's regular expressions recurse
 * once per character of a long thematic break or of a link title full of {@code \"}): on the
 * caller's stack first, and if that overflows, once more on a thread with a stack deep enough for
 * any input within the limits. Only the rare input that overflows pays for the thread.
 */
public final class DeepStack {
  /** Reserved, not committed: the operating system maps the pages a run really touches. */
  private static final long STACK_BYTES = 1L << 30;

  private DeepStack() {}

  /**
   * The value of {@code work}; a {@link StackOverflowError} on the deep stack too is thrown to the
   * caller, who reports it as the input's fault.
   */
  public static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (StackOverflowError shallow) {
      return onDeepStack(work);
    }
  }

  private static <T> T onDeepStack(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (RuntimeException | Error e) {
        failure.set(e);
      }
    }, "profilekit-deep-stack", STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
    return result.get();
  }
}
