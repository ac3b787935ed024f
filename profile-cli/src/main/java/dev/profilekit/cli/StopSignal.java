package dev.profilekit.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Ctrl-C (SIGINT) and SIGTERM as a request to stop, so a long-running command can close what it
 * opened and exit 0 like any finished run, instead of the JVM's exit status 130. A second signal
 * while it closes ends the process at once. (The JDK has no public API for signals; sun.misc.Signal
 * lives in the exported jdk.unsupported module, which is there for exactly this.)
 */
final class StopSignal {
  private StopSignal() {}

  /**
   * A latch that the first SIGINT or SIGTERM opens. Where a signal cannot be handled (it is
   * ignored, as for a job started in the background by a non-interactive shell), the JVM's
   * default stays.
   */
  static CountDownLatch install() {
    CountDownLatch stop = new CountDownLatch(1);
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
          if (stop.getCount() == 0) {
            Runtime.getRuntime().halt(128 + signal.getNumber());
          }
          stop.countDown();
        });
      } catch (IllegalArgumentException e) {
        // Not ours to handle here: the JVM's default stays.
      }
    }
    return stop;
  }
}
