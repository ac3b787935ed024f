package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A writer's loss report joined to what reading said: each loss placed at the file:line:col of
 * the value it is about, and a value that both the validator and the writer warn about (a bad
 * URL, then "dropped" or "kept under meta") reported once, with the writer's words and the
 * validator's hint.
 */
final class Losses {
  private Losses() {}

  static List<Diagnostic> merge(Profile profile, List<Diagnostic> read, List<Diagnostic> losses) {
    Map<String, Diagnostic> badUrls = read.stream()
        .filter(d -> d.code().equals("bad-url") && d.path().isPresent())
        .collect(Collectors.toMap(d -> d.path().get(), Function.identity(), (first, second) -> first));
    List<Diagnostic> merged = new ArrayList<>();
    List<Diagnostic> placedLosses = new ArrayList<>();
    for (Diagnostic loss : losses) {
      Optional<Diagnostic> twin = loss.path().map(badUrls::remove);
      Diagnostic.Builder placed = Diagnostic.builder().from(loss);
      if (loss.position().isEmpty()) {
        loss.path().flatMap(path -> profile.sourceMap().positionOf(path)).ifPresent(placed::position);
      }
      if (twin.isPresent() && loss.hint().isEmpty()) {
        placed.hint(twin.get().hint());
      }
      placedLosses.add(placed.build());
    }
    for (Diagnostic diagnostic : read) {
      boolean mergedAway = diagnostic.code().equals("bad-url") && diagnostic.path().isPresent()
          && !badUrls.containsKey(diagnostic.path().get());
      if (!mergedAway) {
        merged.add(diagnostic);
      }
    }
    merged.addAll(placedLosses);
    return merged;
  }
}
