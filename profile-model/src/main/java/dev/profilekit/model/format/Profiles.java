package dev.profilekit.model.format;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Diagnostics;
import dev.profilekit.model.Profile;
import dev.profilekit.model.ProfileValidator;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.internal.overlay.OverlayFileLoader;
import dev.profilekit.model.internal.tree.TextDecoder;
import dev.profilekit.spi.InputProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one-call way in: read any supported input (format given, or told by file name and
 * content), then validate, collecting every diagnostic. Thread-safe.
 */
public final class Profiles {
  private Profiles() {}

  /**
   * Reads and validates a file whose format its name (or else its content) tells, with the
   * overlay files it names ({@link OverlayFiles#listed()}).
   *
   * @param file the file to read
   * @return the profile and every diagnostic; an unreadable or unrecognised file is a failed
   *     result with an error ({@code unknown-format}, {@code ambiguous-format}, ...), not an
   *     exception
   */
  public static ReadResult read(Path file) {
    return read(Formats.standard(), file, Optional.empty(), ReadOptions.defaults(), OverlayFiles.listed());
  }

  /**
   * Reads and validates a file, then reads the overlay files {@code overlayFiles} asks for
   * beside it into the profile's {@link dev.profilekit.model.Profile#translations()} and {@link
   * dev.profilekit.model.Profile#variants()}. Each overlay file is checked against the base like
   * an overlay written in the profile, and its problems are reported at its own file:line:col.
   * An overlay both in the profile and in a file beside it is an error ({@code overlay-twice})
   * naming both.
   *
   * @param formats the registry to choose the reader from
   * @param file the profile's file
   * @param formatId the id or alias of its format, or empty to tell it from the name and content
   * @param options limits and format settings
   * @param overlayFiles which overlay files to read besides those the profile names
   * @return the profile, with the overlays of its files, and every diagnostic
   * @throws UnknownFormatException if {@code formatId} names no readable format
   */
  public static ReadResult read(
      Formats formats, Path file, Optional<String> formatId, ReadOptions options, OverlayFiles overlayFiles) {
    ReadResult read = read(formats, Input.ofPath(file), formatId, options);
    return OverlayFileLoader.load(read, file, overlayFiles.wanted(), options.limits());
  }

  /**
   * Reads {@code input} as {@code format} (or the format its name and content tell), then runs
   * {@link ProfileValidator}. The profile is present whenever it could be read, even if
   * validation found errors: check {@link ReadResult#hasErrors()}.
   *
   * @param input the bytes or text to read, and the name diagnostics point at
   * @param format the id or alias of the format to read it as, or empty to tell it from the
   *     name and content
   * @param options limits and format settings
   * @return the profile and every diagnostic, sorted in file order
   * @throws UnknownFormatException if {@code format} names no readable format
   */
  public static ReadResult read(Input input, Optional<String> format, ReadOptions options) {
    return read(Formats.standard(), input, format, options);
  }

  /**
   * As {@link #read(Input, Optional, ReadOptions)}, with the formats of {@code formats} (e.g. the
   * standard ones plus a format of one's own) instead of {@link Formats#standard()}.
   *
   * @param formats the registry to choose the reader from
   * @param input the bytes or text to read, and the name diagnostics point at
   * @param formatId the id or alias of the format to read it as, or empty to tell it from the
   *     name and content
   * @param options limits and format settings
   * @return the profile and every diagnostic, sorted in file order
   * @throws UnknownFormatException if {@code formatId} names no readable format
   */
  public static ReadResult read(Formats formats, Input input, Optional<String> formatId, ReadOptions options) {
    Optional<Format> chosen = formatId.map(formats::require);
    chosen.ifPresent(f -> f.reader().orElseThrow(
        () -> new UnknownFormatException("the format '" + f.id() + "' cannot be read"
            + (f.postingReader().isPresent() ? ": it reads job postings only (`profile target import`)" : ""),
            formats.ids(x -> x.reader().isPresent()))));
    // The reader gets the bytes (or the text a string input already is), read once within the
    // limit; the format is told from the name, then from the first bytes and the text.
    Input forReader = input;
    InputHead head = null;
    try {
      if (input.text().isPresent()) {
        String text = TextDecoder.decode(input, options.limits());
        head = InputHead.ofText(input.name(), text);
        forReader = Input.ofString(input.name(), text);
      } else if (chosen.isEmpty()) {
        byte[] bytes = TextDecoder.readBounded(input, options.limits().maxInputBytes());
        head = InputHead.ofBytes(input.name(), bytes);
        forReader = Input.adopting(input.name(), bytes);
      }
    } catch (InputProblem problem) {
      return ReadResult.failed(List.of(problem.diagnostic()));
    }
    Optional<Format> format = chosen;
    if (format.isEmpty()) {
      Formats.Detection detection = formats.identify(input.name(), head);
      format = detection.format();
      Optional<InputProblem> notText = head.notText();
      if (notText.isPresent() && format.map(Format::isText).orElse(true)) {
        // Not text, and no binary format claims it: say what is wrong with it as text.
        return ReadResult.failed(List.of(notText.get().diagnostic()));
      }
      if (detection.isAmbiguous()) {
        return ReadResult.failed(List.of(Diagnostic.error("ambiguous-format", detection.problem().orElseThrow())
            .withPosition(SourcePosition.of(input.name(), 1, 1))));
      }
      if (format.isPresent() && head.text().isPresent()) {
        forReader = Input.ofString(input.name(), head.text().get());
      }
    }
    if (format.isEmpty()) {
      return ReadResult.failed(List.of(Diagnostic.error("unknown-format", "cannot tell which format " + input.name() + " is in")
          .withPosition(SourcePosition.of(input.name(), 1, 1))
          .withHint("name the file " + formats.fileNamesInWords(FormatRole.READS_PROFILES) + ", or say --from FORMAT (readable: "
              + String.join(", ", formats.ids(f -> f.reader().isPresent())) + ")")));
    }
    ReadResult result = format.get().reader().orElseThrow().read(forReader, options);
    if (result.profile().isEmpty()) {
      return result;
    }
    Profile profile = result.profile().get();
    List<Diagnostic> all = new ArrayList<>(result.diagnostics());
    all.addAll(ProfileValidator.validate(profile));
    all.sort(Diagnostics.IN_FILE_ORDER);
    return ReadResult.of(profile, all);
  }
}
