package dev.profilekit.render.pdf;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.FormatProvider;
import dev.profilekit.model.format.InputHead;
import dev.profilekit.model.format.ProfileReader;
import dev.profilekit.model.format.ProfileWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Contributes the {@code pdf} format ({@code .pdf}, {@code application/pdf}, binary): writes a
 * profile as a PDF and reads back the profile a PDF written so carries. Recognised by the
 * {@code %PDF-} its bytes start with.
 */
public final class PdfFormat implements FormatProvider {
  /** The format's id. */
  public static final String ID = "pdf";
  /** The media type of the files it writes. */
  public static final String MEDIA_TYPE = "application/pdf";

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  @Override
  public List<Format> formats() {
    return List.of(new Pdf());
  }

  /** Fonts and templates wait until a PDF is wanted: listing formats stays cheap. */
  private static final class LazyWriter {
    static final PdfWriter INSTANCE = new PdfWriter();
  }

  private static final PdfReader READER = new PdfReader();

  private static final class Pdf implements Format {
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
    public boolean isText() {
      return false;
    }

    @Override
    public Optional<ProfileReader> reader() {
      return Optional.of(READER);
    }

    @Override
    public Optional<ProfileWriter> writer() {
      return Optional.of(LazyWriter.INSTANCE);
    }

    @Override
    public int recognise(InputHead head) {
      return head.startsWith(MAGIC) ? 10 : 0;
    }
  }
}
