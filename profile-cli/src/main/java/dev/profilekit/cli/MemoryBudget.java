package dev.profilekit.cli;

import java.util.concurrent.Semaphore;

/**
 * Shares the heap between the files of a batch in proportion to their size, so a few large
 * files are not converted at once: a file takes a share of the budget before it starts, and one
 * larger than the whole budget runs alone (and, if it still does not fit, fails alone with its
 * message). The unit is one KiB of estimated heap.
 */
final class MemoryBudget {
  /** Heap a conversion needs per input byte, generously: parse trees, the model and the output. */
  static final long HEAP_PER_INPUT_BYTE = 24;

  private final int total;
  private final Semaphore available;

  MemoryBudget(long heapBytes) {
    this.total = (int) Math.max(1, Math.min(Integer.MAX_VALUE, heapBytes / 1024));
    this.available = new Semaphore(total);
  }

  /** Half the maximum heap: the rest is the JVM's, the output buffers' and the garbage's. */
  static MemoryBudget ofHeap() {
    return new MemoryBudget(Runtime.getRuntime().maxMemory() / 2);
  }

  /** Waits until a file of {@code inputBytes} may start; returns what to {@link #release}. */
  int reserveFor(long inputBytes) {
    long wanted = Math.max(1, inputBytes * HEAP_PER_INPUT_BYTE / 1024);
    int share = (int) Math.min(total, wanted);
    available.acquireUninterruptibly(share);
    return share;
  }

  void release(int share) {
    available.release(share);
  }

  /** What is free now, for tests. */
  int available() {
    return available.availablePermits();
  }
}
