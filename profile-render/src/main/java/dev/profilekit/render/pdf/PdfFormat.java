package dev.profilekit.render.pdf;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatOption;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The {@code pdf} format ({@code .pdf}, {@code application/pdf}, binary): writes a profile as a
 * PDF ({@link PdfWriter}, with {@link PdfOptions}) and reads back the profile a PDF written so
 * carries ({@link PdfReader}). Recognised by the {@code %PDF-} its bytes start with. Immutable.
 */
public final class PdfFormat implements Format {
  /** The format id, for {@code --from}/{@code --to}. */
  public static final String ID = "pdf";
  /** The media type of the files it writes. */
  public static final String MEDIA_TYPE = "application/pdf";

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final List<FormatOption> OPTIONS = List.of(
      FormatOption.field(FormatOption.TARGET, "add the answers to this target"),
      FormatOption.field(FormatOption.THEME, "a theme directory whose print-* templates replace the default theme's, file by file"),
      FormatOption.setting(PdfWriter.PAPER_SETTING, PdfWriter.PAPER_SETTING + "=" + PdfWriter.PAPER_A4 + "|" + PdfWriter.PAPER_LETTER,
          "the paper size: ISO A4 or US Letter", FormatOption.Use.WRITE,
          List.of(PdfWriter.PAPER_A4, PdfWriter.PAPER_LETTER), PdfWriter.PAPER_A4));

  /** Fonts and templates wait until a PDF is wanted: listing formats stays cheap. */
  private static final class LazyWriter {
    static final PdfWriter INSTANCE = new PdfWriter();
  }

  /**
   * Asking the registry which formats write (every command does) must not load openhtmltopdf:
   * this stands in for the writer and builds it on the first PDF.
   */
  private static final ProfileWriter DEFERRED_WRITER =
      (profile, options, out) -> LazyWriter.INSTANCE.write(profile, options, out);

  private static final PdfReader READER = new PdfReader();

  /** Creates the PDF format; {@code Formats.standard()} holds one already. */
  public PdfFormat() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "PDF (CV): tagged PDF/A-3b, fonts embedded, A4 or Letter (--set pdf.paper=letter); reads back the profile it carries";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of(".pdf");
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public List<FormatOption> options() {
    return OPTIONS;
  }

  @Override
  public boolean isText() {
    return false;
  }

  @Override
  public Optional<ProfileReader> reader() {
    return Optional.of(READER);
  }

  @Override
  public Optional<ProfileWriter> writer() {
    return Optional.of(DEFERRED_WRITER);
  }

  @Override
  public int recognise(InputHead head) {
    return head.startsWith(MAGIC) ? 10 : 0;
  }
}
