package dev.profilekit.render.pdf.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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

  private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
  private static final Map<Integer, Boolean> COVERED = new ConcurrentHashMap<>();
  private static final MetricsCache METRICS = new MetricsCache();
  /** Parsed fonts, one set per thread: FontBox's parsed fonts are not safe to share between threads. */
  private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

  private FontSet() {}

  private static List<Face> faces(String base, String slanted) {
    return List.of(
        new Face(base + ".ttf", 400, FontStyle.NORMAL),
        new Face(base + "-Bold.ttf", 700, FontStyle.NORMAL),
        new Face(base + "-" + slanted + ".ttf", 400, FontStyle.ITALIC),
        new Face(base + "-Bold" + slanted + ".ttf", 700, FontStyle.ITALIC));
  }

  /**
   * Registers every face with the builder, for the document it renders into. A face is loaded
   * into the document only if the page uses it; its metrics come from a cache shared by all
   * renders, and the parsed font from one kept per thread, so a batch parses each font once per
   * worker instead of once per PDF.
   */
  static void register(PdfRendererBuilder builder, PDDocument document) {
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, METRICS);
    for (Family family : FAMILIES) {
      for (Face face : family.faces()) {
        PDFontSupplier supplier = new LoadOnce(document, face.file());
        builder.useFont(supplier, family.name(), face.weight(), face.style(), true);
        for (String alias : family.aliases()) {
          builder.useFont(supplier, alias, face.weight(), face.style(), true);
        }
      }
    }
  }

  /** Loads a face into the document when the page first needs it, once for all its names. */
  private static final class LoadOnce extends PDFontSupplier {
    private final PDDocument document;
    private final String file;
    private PDFont font;

    LoadOnce(PDDocument document, String file) {
      super(null);
      this.document = document;
      this.file = file;
    }

    @Override
    public PDFont supply() {
      if (font == null) {
        font = load(document, file);
      }
      return font;
    }
  }

  /** Whether some font of the chain has a glyph for {@code codePoint}. */
  static boolean canDraw(int codePoint) {
    if (codePoint >= 0x20 && codePoint < 0x250) {
      return true; // Basic Latin to Latin Extended-B: every DejaVu face has all of them
    }
    return COVERED.computeIfAbsent(codePoint, point -> Chain.CMAPS.stream().anyMatch(cmap -> cmap.getGlyphId(point) > 0));
  }

  private static PDFont load(PDDocument document, String file) {
    try {
      return PDType0Font.load(document, PARSED.get().computeIfAbsent(file, FontSet::parse), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the font " + file, e);
    }
  }

  private static TrueTypeFont parse(String file) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(withoutSubstitutions(bytes(file))));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + file, e);
    }
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

  private static byte[] bytes(String file) {
    return FILES.computeIfAbsent(file, FontSet::read);
  }

  private static byte[] read(String file) {
    try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException("the font " + file + " is missing from the class path (jasperreports-fonts)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the font " + file, e);
    }
  }

  /** The character maps of the chain's regular faces, read once, when a first PDF checks its text. */
  private static final class Chain {
    static final List<CmapLookup> CMAPS = read();

    private static List<CmapLookup> read() {
      List<CmapLookup> cmaps = new ArrayList<>();
      for (String file : CHAIN) {
        // The lookup keeps its tables in memory; the font itself is not needed after.
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)))) {
          cmaps.add(font.getUnicodeCmapLookup());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the font " + file, e);
        }
      }
      return List.copyOf(cmaps);
    }
  }

  /** The font metrics openhtmltopdf computes, shared by every render (they depend on the font alone). */
  private static final class MetricsCache implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return values.computeIfAbsent(key, k -> {
        try {
          return loader.call();
        } catch (Exception e) {
          throw new IllegalStateException("cannot compute font metrics for " + k, e);
        }
      });
    }

    @Override
    public FSCacheValue get(String key) {
      return values.get(key);
    }
  }
}
