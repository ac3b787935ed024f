package dev.profilekit.cli;

/** The {@code profile} command's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(ProfileCli.run(args, Streams.system()));
  }
}
