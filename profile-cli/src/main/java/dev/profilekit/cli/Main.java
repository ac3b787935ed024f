package dev.profilekit.cli;

/** The {@code profile} command's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (System.getenv("PROFILE_NO_HEAD_START") == null) {
      HeadStart.startFor(args);
    }
    System.exit(ProfileCli.run(args, Streams.system()));
  }
}
