package dev.profilekit.cli;

import dev.profilekit.model.Profile;
import dev.profilekit.model.check.ProfileChecker;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import java.util.Optional;
import java.util.Set;

/**
 * A single conversion spends most of its time loading and initialising classes, one after the
 * other on one core, while the other core idles. This thread reads and writes a tiny profile in
 * the formats the command names while the main thread is still parsing the command line, so
 * the classes the real work needs are loaded and initialised by the time it needs them. It
 * touches no file and prints nothing; whatever goes wrong in it is only a lost head start.
 */
final class HeadStart {
  private static final Set<String> CONVERTING = Set.of("convert", "validate", "check", "tailor");

  private static final String SAMPLE =
      "schemaVersion: 1\n"
          + "person:\n"
          + "  name: Head Start\n"
          + "  summary: A *short* summary with a [link](https://example.com).\n"
          + "work:\n"
          + "  - name: Example\n"
          + "    position: Engineer\n"
          + "    startDate: 2020-01\n"
          + "    highlights: [Shipped it]\n"
          + "claims:\n"
          + "  - id: claim-shipped\n"
          + "    statement: Shipped the example\n";

  private HeadStart() {}

  static void startFor(String[] args) {
    if (args.length == 0 || !CONVERTING.contains(args[0])) {
      return;
    }
    Optional<String> target = targetFormat(args);
    boolean check = args[0].equals("check");
    Thread thread = new Thread(() -> run(target, check), "profile-head-start");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  private static void run(Optional<String> target, boolean check) {
    try {
      Profile profile = Profiles.read(Input.ofString("head-start.yaml", SAMPLE), Optional.of("yaml"), ReadOptions.defaults())
          .profile().orElseThrow();
      target.flatMap(Formats.standard()::byId).flatMap(Format::writer).ifPresent(writer -> writer.write(profile));
      if (check) {
        // The sample's claim has no evidence, so this loads the suggestions' search index too.
        ProfileChecker.standard().check(profile);
      }
    } catch (RuntimeException | LinkageError e) {
      // Only a head start: the command itself will meet and report any real problem.
    }
  }

  /** The format named by {@code --to}, or else by the output file's name. */
  static Optional<String> targetFormat(String[] args) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("--to")) {
        return Optional.of(args[i + 1]);
      }
    }
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals("-o") || args[i].equals("--output")) {
        String output = args[i + 1];
        return Formats.standard().forFileName(output).map(Format::id);
      }
    }
    return Optional.empty();
  }
}
