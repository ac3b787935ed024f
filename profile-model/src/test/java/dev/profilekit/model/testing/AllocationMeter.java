package dev.profilekit.model.testing;

import java.lang.management.ManagementFactory;

/**
 * Bytes the current thread allocates while running a piece of work: a measure of the work done
 * (copying a whole text per token shows up as its length times the token count) that needs no
 * clock. HotSpot counts per thread; elsewhere the tests that use it cannot measure and say so.
 */
public final class AllocationMeter {
  private AllocationMeter() {}

  /** The bytes {@code work} allocated on this thread. */
  public static long bytesAllocatedBy(Runnable work) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    work.run();
    return threads.getThreadAllocatedBytes(id) - before;
  }
}
