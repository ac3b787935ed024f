package dev.profilekit.cli;

import java.util.Map;

/**
 * Whether to colour output: {@code --color=always|never} decides; {@code auto} colours a
 * terminal unless {@code NO_COLOR} is set (no-color.org) or {@code TERM} is {@code dumb}.
 */
final class Colour {
  /** The values of {@code --color}. */
  enum When { auto, always, never }

  private Colour() {}

  /**
   * Decided before picocli parses the command line, because the streams (and picocli's own help
   * colours) are set up first; picocli still parses and checks the option.
   */
  static boolean decide(String[] args, boolean terminal, Map<String, String> environment) {
    String when = "auto";
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].startsWith("--color=")) {
        when = args[i].substring("--color=".length());
      } else if (args[i].equals("--color") && i + 1 < args.length) {
        when = args[i + 1];
      }
    }
    switch (when.toLowerCase(java.util.Locale.ROOT)) {
      case "always":
        return true;
      case "never":
        return false;
      default:
        String noColour = environment.get("NO_COLOR");
        return terminal && (noColour == null || noColour.isEmpty()) && !"dumb".equals(environment.get("TERM"));
    }
  }
}
