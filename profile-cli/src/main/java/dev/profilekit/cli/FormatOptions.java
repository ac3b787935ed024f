package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatOption;
import dev.profilekit.model.format.Formats;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The command line's options mapped onto what each format declares ({@link Format#options()}):
 * a flag such as {@code --theme} is the field option of that key, {@code --set KEY=VALUE} a
 * setting. A flag the chosen format does not declare is a usage error, an unknown {@code --set}
 * key too, and a write setting given for another format a warning: nothing is ignored silently.
 */
final class FormatOptions {
  private FormatOptions() {}

  /** Throws a usage problem when the flag {@code --KEY} (for a field option) does nothing for {@code format}. */
  static void refuseUnused(Format format, String key, boolean given) {
    if (!given || declares(format, key, FormatOption.Kind.FIELD)) {
      return;
    }
    List<String> users = Formats.standard().all().stream().filter(f -> declares(f, key, FormatOption.Kind.FIELD))
        .map(Format::id).sorted().toList();
    throw new UsageProblem("--" + key + " does nothing when writing " + format.id() + ": it is for "
        + String.join(" and ", users) + " output; leave it out");
  }

  /** Throws a usage problem for a {@code --set} key no format declares as a setting, listing those that are. */
  static void refuseUnknownSettings(Map<String, String> settings) {
    List<FormatOption> known = settings();
    settings.keySet().stream().filter(key -> known.stream().noneMatch(option -> option.matches(key))).findFirst()
        .ifPresent(key -> {
          List<String> synopses = known.stream().map(FormatOption::synopsis).toList();
          String listed = synopses.size() == 1 ? synopses.get(0)
              : String.join(", ", synopses.subList(0, synopses.size() - 1)) + " and " + synopses.get(synopses.size() - 1);
          throw new UsageProblem("unknown setting '" + key + "' for --set: the settings are " + listed + " (see README)");
        });
  }

  /** A warning for each write setting given that {@code format} does not declare: it does nothing there. */
  static List<Diagnostic> idleWriteSettings(Format format, Map<String, String> settings) {
    return settings.keySet().stream().flatMap(key -> settings().stream()
            .filter(option -> option.use() == FormatOption.Use.WRITE && option.matches(key))
            .filter(option -> !declares(format, option.key(), FormatOption.Kind.SETTING))
            .map(option -> Diagnostic.warning("unused-setting", "--set " + key + " does nothing when writing "
                + format.id() + " (it is for --to " + String.join(" or --to ", owners(option)) + ")")))
        .toList();
  }

  /** Every format's settings people give, the readers' before the writers'. */
  private static List<FormatOption> settings() {
    return Formats.standard().all().stream().flatMap(format -> format.options().stream())
        .filter(option -> option.kind() == FormatOption.Kind.SETTING)
        .sorted(Comparator.comparing(FormatOption::use)).toList();
  }

  private static List<String> owners(FormatOption option) {
    return Formats.standard().all().stream().filter(format -> format.options().contains(option)).map(Format::id).toList();
  }

  private static boolean declares(Format format, String key, FormatOption.Kind kind) {
    return format.options().stream().anyMatch(option -> option.kind() == kind && option.key().equals(key));
  }

}
