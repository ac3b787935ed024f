package dev.profilekit.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts a PDF can use: DejaVu (Bitstream Vera licence; Latin, Greek, Cyrillic and many
 * symbols, each family in regular, bold, italic and bold italic), read from the font jar on the
 * class path, never fetched. They are registered under their own names and under the generic
 * CSS names, so that a theme asking for "serif" or a font the PDF does not have still gets an
 * embedded font (PDF/A allows no other). The print stylesheet lists them as a fallback chain:
 * each character is drawn by the first font of the chain that has it.
 */
final class FontSet {
  private static final String DIRECTORY = "net/sf/jasperreports/fonts/dejavu/";

  private record Face(String file, int weight, FontStyle style) {}

  private record Family(String name, List<String> aliases, List<Face> faces) {}

  private static final List<Family> FAMILIES = List.of(
      new Family("DejaVu Sans Condensed", List.of(), faces("DejaVuSansCondensed", "Oblique")),
      new Family("DejaVu Sans", List.of("sans-serif", "SansSerif", "Dialog", "system-ui"), faces("DejaVuSans", "Oblique")),
      new Family("DejaVu Serif", List.of("serif", "Serif"), faces("DejaVuSerif", "Italic")),
      new Family("DejaVu Sans Mono", List.of("monospace", "Monospaced"), faces("DejaVuSansMono", "Oblique")));

  /** The regular face of each family in the print stylesheet's order: what the glyph check asks. */
  private static final List<String> CHAIN = List.of(
      "DejaVuSansCondensed.ttf", "DejaVuSans.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf");

  /** The highest code point the coverage table records; no DejaVu glyph lies above it. */
  private static final int LAST_CODE_POINT = 0x2FFFF;

  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

  private FontSet() {}

  private static List<Face> faces(String base, String slanted) {
    return List.of(
        new Face(base + ".ttf", 400, FontStyle.NORMAL),
        new Face(base + "-Bold.ttf", 700, FontStyle.NORMAL),
        new Face(base + "-" + slanted + ".ttf", 400, FontStyle.ITALIC),
        new Face(base + "-Bold" + slanted + ".ttf", 700, FontStyle.ITALIC));
  }

  /** Registers every face with the builder; a face is read only if the document uses it. */
  static void register(PdfRendererBuilder builder) {
    for (Family family : FAMILIES) {
      for (Face face : family.faces()) {
        builder.useFont(() -> open(face.file()), family.name(), face.weight(), face.style(), true);
        for (String alias : family.aliases()) {
          builder.useFont(() -> open(face.file()), alias, face.weight(), face.style(), true);
        }
      }
    }
  }

  /** Whether some font of the chain has a glyph for {@code codePoint}. */
  static boolean canDraw(int codePoint) {
    return Coverage.CODE_POINTS.get(codePoint);
  }

  private static InputStream open(String file) {
    return new ByteArrayInputStream(FILES.computeIfAbsent(file, name -> withoutSubstitutions(load(name))));
  }

  /**
   * The font with its glyph substitution table (GSUB) hidden. PDFBox would use it to set "ff",
   * "fi" and "fl" as ligatures, and text extraction then gives "Staﬀ" for "Staff": an
   * applicant-tracking system searching for the word would not find it. Latin, Greek and
   * Cyrillic need no substitution; the table's entry is renamed, so no parser finds it.
   */
  static byte[] withoutSubstitutions(byte[] font) {
    byte[] copy = font.clone();
    int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (record + 4 <= copy.length && copy[record] == 'G' && copy[record + 1] == 'S' && copy[record + 2] == 'U'
          && copy[record + 3] == 'B') {
        copy[record + 1] = 'X'; // "GXUB": a table no one reads
      }
    }
    return copy;
  }

  private static byte[] load(String file) {
    try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException("the font " + file + " is missing from the class path (jasperreports-fonts)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + file, e);
    }
  }

  /** The code points the chain covers, computed once, when a first PDF checks its text. */
  private static final class Coverage {
    static final BitSet CODE_POINTS = compute();

    private static BitSet compute() {
      BitSet covered = new BitSet(LAST_CODE_POINT + 1);
      for (String file : CHAIN) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(load(file)))) {
          CmapLookup cmap = font.getUnicodeCmapLookup();
          for (int codePoint = 0; codePoint <= LAST_CODE_POINT; codePoint++) {
            if (!covered.get(codePoint) && cmap.getGlyphId(codePoint) > 0) {
              covered.set(codePoint);
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the font " + file, e);
        }
      }
      return covered;
    }
  }
}
