package dev.profilekit.cli;

import java.io.PrintWriter;

/** A one-line progress bar on a terminal; silent anywhere else. Thread-safe. */
final class Progress {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long total;
  private long done;
  private long lastDrawn;

  Progress(PrintWriter err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  synchronized void advance() {
    done++;
    long now = System.nanoTime();
    if (enabled && (now - lastDrawn > REDRAW_NANOS || done == total)) {
      lastDrawn = now;
      int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
      err.print("\r[" + "=".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
      err.flush();
    }
  }

  /** Prints a line above the bar. */
  synchronized void println(String line) {
    if (enabled) {
      err.print("\r\u001B[2K");
    }
    err.println(line);
    err.flush();
  }

  synchronized void finish() {
    if (enabled) {
      err.print("\r\u001B[2K");
      err.flush();
    }
  }
}
