package dev.profilekit.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The {@code profile} command's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (java.util.Arrays.asList(args).contains("check")) {
      LuceneNotice.quiet();
    }
    if (System.getenv("PROFILE_NO_HEAD_START") == null) {
      HeadStart.startFor(args);
    }
    System.exit(ProfileCli.run(args, Streams.system()));
  }

  /**
   * Lucene (the ranking of check's suggestions) tells users of JDK 23 and later to "update Apache
   * Lucene" on standard error, which they cannot act on; the tool keeps it quiet. Only `check`
   * reaches Lucene, so only `check` pays for starting java.util.logging (about 30 classes). The
   * logger is held here so that it, and with it the level, is not collected.
   */
  private static final class LuceneNotice {
    private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static void quiet() {
      VECTORIZATION.setLevel(Level.SEVERE);
    }
  }
}
