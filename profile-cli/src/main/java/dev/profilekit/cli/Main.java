package dev.profilekit.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The {@code profile} command's entry point. */
public final class Main {
  /**
   * Lucene (the ranking of check's suggestions) tells users of JDK 23 and later to "update Apache
   * Lucene" on standard error, which they cannot act on; the tool keeps it quiet. Held here so the
   * logger, and with it the level, is not collected.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Main() {}

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    if (System.getenv("PROFILE_NO_HEAD_START") == null) {
      HeadStart.startFor(args);
    }
    System.exit(ProfileCli.run(args, Streams.system()));
  }
}
