package dev.profilekit.model.format;

/** The settings of the native formats, {@code yaml} and {@code json}. */
public final class NativeOptions {
  private NativeOptions() {}

  /**
   * The {@code json} writer's setting that writes the whole document on one line when {@code
   * true}, as JSON Lines wants it. Set by programs, not offered on the command line.
   */
  public static final String COMPACT = "compact";
}
