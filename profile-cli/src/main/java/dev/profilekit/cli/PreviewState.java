package dev.profilekit.cli;

import java.util.Optional;

/**
 * The preview's current snapshot, shared by the thread that rebuilds and the threads that serve:
 * a new snapshot wakes every browser waiting for a change.
 */
final class PreviewState {
  private PreviewSnapshot current;
  private boolean closed;

  PreviewState(PreviewSnapshot initial) {
    this.current = initial;
  }

  synchronized PreviewSnapshot current() {
    return current;
  }

  synchronized void publish(PreviewSnapshot snapshot) {
    current = snapshot;
    notifyAll();
  }

  /**
   * The snapshot once its version differs from {@code version}; empty when the wait timed out or
   * the preview closed.
   */
  synchronized Optional<PreviewSnapshot> awaitOtherThan(long version, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    while (!closed && current.version() == version) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return Optional.empty();
      }
      wait(left);
    }
    return closed ? Optional.empty() : Optional.of(current);
  }

  synchronized boolean isClosed() {
    return closed;
  }

  synchronized void close() {
    closed = true;
    notifyAll();
  }
}
