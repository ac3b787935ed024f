package dev.profilekit.cli;

import java.util.Map;
import java.util.Set;

/**
 * Which of {@code convert}'s writing options each format uses, so that one given for a format
 * that ignores it is a usage error rather than a silent no-op.
 */
final class WriterOptions {
  private static final Map<String, Set<String>> USED_BY = Map.of(
      "--target", Set.of("html", "markdown", "pdf"),
      "--theme", Set.of("html", "pdf"),
      "--front-matter", Set.of("markdown"));

  private WriterOptions() {}

  /** Throws a usage problem when {@code option} (null: none given) does nothing for the format {@code id}. */
  static void refuseUnused(String id, String option) {
    if (option == null) {
      return;
    }
    Set<String> formats = USED_BY.get(option);
    if (!formats.contains(id)) {
      throw new UsageProblem(option + " does nothing when writing " + id + ": it is for "
          + String.join(" and ", formats.stream().sorted().toList()) + " output; leave it out");
    }
  }
}
