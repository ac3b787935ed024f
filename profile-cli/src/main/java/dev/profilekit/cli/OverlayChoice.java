package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlays;
import dev.profilekit.model.format.OverlayFiles;
import dev.profilekit.model.format.ReadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --lang} and {@code --variant}: which of a profile's overlays a command works on. */
final class OverlayChoice {
  @Option(names = "--lang", paramLabel = "TAG",
      description = "Use the profile's translation for this BCP 47 language tag, e.g. de (see docs/overlays.md).")
  Optional<String> language = Optional.empty();

  @Option(names = "--variant", paramLabel = "NAME",
      description = "Use this variant of the profile, e.g. public; combines with --lang (see docs/overlays.md).")
  Optional<String> variant = Optional.empty();

  boolean chosen() {
    return language.isPresent() || variant.isPresent();
  }

  /** Refuses the options where a command cannot apply them yet, rather than ignoring them. */
  void refuseFor(String what) {
    if (chosen()) {
      throw new UsageProblem("--lang and --variant work on one input file, not on " + what + ": convert the files one by one");
    }
  }

  /** The overlay files to read with the profile: those it names, and the chosen ones found by name beside it. */
  OverlayFiles files() {
    return OverlayFiles.forChoice(language, variant);
  }

  /** What was read with the chosen overlays laid over it, the reader's diagnostics first. */
  ReadResult apply(ReadResult read) {
    if (!chosen() || read.profile().isEmpty() || read.hasErrors()) {
      return read;
    }
    ReadResult resolved = Overlays.resolve(read.profile().get(), language, variant);
    List<Diagnostic> all = new ArrayList<>(read.diagnostics());
    all.addAll(resolved.diagnostics());
    return resolved.profile().map(profile -> ReadResult.of(profile, all)).orElseGet(() -> ReadResult.failed(all));
  }
}
