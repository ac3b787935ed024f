package dev.profilekit.render.pdf;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.render.pdf.internal.SourceAttachment;

/**
 * Reads a PDF written by {@link PdfWriter} back into its profile: the native YAML it carries as
 * an associated file (relationship {@code Source}) is read as a {@code yaml} file would be, so
 * the profile is the one the PDF was made from. A PDF that carries no profile is an error
 * ({@code no-embedded-profile}), as is input that is not a PDF ({@code not-a-pdf}); the page
 * text is never guessed at. Stateless and thread-safe.
 */
public final class PdfReader implements ProfileReader {
  /** Creates a reader; it keeps no state between documents, so one may be shared by threads. */
  public PdfReader() {}

  @Override
  public ReadResult read(Input input, ReadOptions options) {
    return SourceAttachment.read(input, options);
  }
}
