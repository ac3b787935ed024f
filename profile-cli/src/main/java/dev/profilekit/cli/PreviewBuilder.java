package dev.profilekit.cli;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the source and renders its HTML page, for the live preview: one call per change. A
 * source with errors keeps the last good page and carries the errors instead; a theme or
 * target that cannot be used is an error of the same kind, shown the same way.
 */
final class PreviewBuilder {
  private final String source;
  private final ProfileInput input;
  private final WriteOptions options;
  private final Streams streams;

  /** What one build gave: the next snapshot, and the warnings to print (read warnings, losses). */
  record Build(PreviewSnapshot snapshot, List<Diagnostic> warnings, boolean changed) {}

  PreviewBuilder(String source, ProfileInput input, WriteOptions options, Streams streams) {
    this.source = source;
    this.input = input;
    this.options = options;
    this.streams = streams;
  }

  String source() {
    return source;
  }

  Build build(PreviewSnapshot previous) {
    ReadResult read;
    try {
      read = input.read(source, streams, Map.of());
    } catch (UsageProblem e) {
      return failed(previous, List.of(Diagnostic.error("usage", e.getMessage())));
    } catch (RuntimeException e) {
      return failed(previous, List.of(internalError(e)));
    }
    List<Diagnostic> errors = read.diagnostics().stream().filter(Diagnostic::isError).toList();
    List<Diagnostic> warnings = new ArrayList<>(read.diagnostics().stream().filter(d -> !d.isError()).toList());
    if (read.profile().isEmpty() || !errors.isEmpty()) {
      return failed(previous, errors.isEmpty() ? List.of(Diagnostic.error("unreadable-input", "cannot read " + source)) : errors);
    }
    WriteResult page;
    try {
      page = Formats.standard().require("html").writer().orElseThrow().write(read.profile().get(), options);
    } catch (IllegalArgumentException e) {
      return failed(previous, List.of(Diagnostic.error("render-failed", e.getMessage())));
    } catch (RuntimeException e) {
      // A bug, but the preview keeps running and says so: the next save may not hit it.
      return failed(previous, List.of(internalError(e)));
    }
    warnings.addAll(page.losses());
    // Always the new profile, even when the page is the same: /cv.yaml and the other formats
    // carry what the page does not show. Only a new page makes browsers reload.
    boolean samePage = previous.isValid() && previous.lastGood().get().html().equals(page.content());
    PreviewSnapshot.GoodPage good = new PreviewSnapshot.GoodPage(read.profile().get(), page.content(), options);
    long version = samePage ? previous.version() : previous.version() + 1;
    return new Build(new PreviewSnapshot(version, Optional.of(good), List.of()), warnings, !samePage);
  }

  private static Diagnostic internalError(RuntimeException e) {
    return Diagnostic.error("internal-error", "internal error: " + e + " (please report it)");
  }

  private static Build failed(PreviewSnapshot previous, List<Diagnostic> errors) {
    boolean same = previous.errors().equals(errors) && !previous.errors().isEmpty();
    PreviewSnapshot next = same ? previous : new PreviewSnapshot(previous.version() + 1, previous.lastGood(), errors);
    return new Build(next, List.of(), !same);
  }
}
