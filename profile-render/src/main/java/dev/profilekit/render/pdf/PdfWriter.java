package dev.profilekit.render.pdf;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.ProfileWriter;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.render.pdf.internal.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a profile as a PDF, in pure JVM code: the HTML theme's view model rendered through its
 * print page ({@code print.mustache} with {@code print.css}) by openhtmltopdf on PDFBox. The PDF
 * is tagged (PDF/UA-1 structure) and PDF/A-3b, embeds DejaVu fonts (Latin, Greek, Cyrillic;
 * regular, bold, italic), has bookmarks for its sections, clickable links, page numbers, and
 * carries the profile's native YAML as an associated file (relationship {@code Source}) that
 * {@link PdfReader} reads back into the identical profile.
 *
 * <p>{@link WriteOptions#target()} adds the answers to that target, {@link
 * WriteOptions#themeDirectory()} applies a theme (its {@code print.mustache}, {@code print.css}
 * and partials), and the setting {@value #PAPER_SETTING} chooses the paper: {@value #PAPER_A4}
 * (the default) or {@value #PAPER_LETTER}. The returned loss report holds, besides the HTML
 * page's losses, a {@code missing-glyph} warning for each field with a character no bundled
 * font can draw, naming the character.
 *
 * <p>Immutable and thread-safe; keep and reuse one (templates and font data are loaded once).
 */
public final class PdfWriter implements ProfileWriter {
  /** The setting that chooses the paper size ({@code --set pdf.paper=letter}). */
  public static final String PAPER_SETTING = "pdf.paper";
  /** ISO A4, 210 × 297 mm: the default. */
  public static final String PAPER_A4 = "a4";
  /** US Letter, 8.5 × 11 in. */
  public static final String PAPER_LETTER = "letter";

  private final PdfRenderer renderer = new PdfRenderer();

  /** Creates a writer; it keeps no state between documents, so one may be shared by threads. */
  public PdfWriter() {}

  /**
   * Writes the PDF of {@code profile} to {@code out} (which stays open) and returns the loss
   * report. Nothing is written when the options are refused: an unknown target or paper size
   * or an unusable theme is an {@link IllegalArgumentException} whose message says which.
   *
   * @throws IOException when {@code out} cannot be written
   */
  @Override
  public List<Diagnostic> write(Profile profile, WriteOptions options, OutputStream out) throws IOException {
    return renderer.write(profile, options, out);
  }
}
