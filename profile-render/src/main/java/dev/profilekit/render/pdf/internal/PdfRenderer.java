package dev.profilekit.render.pdf.internal;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.render.html.internal.PageRenderer;
import dev.profilekit.spi.ModelTrees;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import dev.profilekit.render.internal.OutputLanguage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;

/**
 * Renders a profile to PDF bytes: the theme's print page, made ready for paper, laid out by
 * openhtmltopdf as tagged PDF/A-3b with the bundled fonts, then the profile's native YAML
 * attached as the document's source. Nothing is fetched: every external resource (a profile
 * image URL, a theme's remote stylesheet) is refused, and said so. Thread-safe.
 */
public final class PdfRenderer {
  private static final String PRODUCER = "Profile Kit";
  private final PageRenderer pages = new PageRenderer();

  static {
    QuietLog.install();
  }

  /** The sRGB output intent PDF/A needs, from the JDK (no file to ship). */
  private static final class ColourProfile {
    static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  }

  public List<dev.profilekit.model.Diagnostic> write(Profile profile, WriteOptions options, OutputStream out) throws IOException {
    Paper paper = Paper.of(options.settings());
    WriteResult page = pages.renderPrint(profile, options);
    List<dev.profilekit.model.Diagnostic> losses = new ArrayList<>(page.losses());
    byte[] yaml = Formats.standard().require("yaml").writer().orElseThrow().write(profile, WriteOptions.defaults()).bytes();
    losses.addAll(GlyphCheck.check(ModelTrees.write(profile), profile.sourceMap()));
    // The labels' language was reported, if need be, with the page's losses above.
    losses.addAll(GlyphCheck.checkLabels(OutputLanguage.labels(profile, options, new ArrayList<>())));
    profile.person().image().ifPresent(image -> losses.add(Warnings.warning("not-shown",
        "the PDF does not show the profile image: a PDF is made without fetching anything", "$.person.image",
        profile.sourceMap(), null)));

    org.jsoup.nodes.Document html = PrintDocument.prepare(page.content(), profile, paper);
    Set<String> layoutProblems = new LinkedHashSet<>();
    Set<String> refused = new LinkedHashSet<>();
    PdfRendererBuilder builder = new PdfRendererBuilder()
        .useFastMode()
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_B)
        .useColorProfile(ColourProfile.SRGB)
        .withProducer(PRODUCER)
        .useReplacementText(GlyphCheck.REPLACEMENT)
        .withW3cDocument(new W3CDom().fromJsoup(html), null)
        .useExternalResourceAccessControl((uri, type) -> {
          refused.add(uri);
          return false;
        }, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
        .withDiagnosticConsumer(diagnostic -> collect(diagnostic, layoutProblems));
    ByteArrayOutputStream pdfBytes = new ByteArrayOutputStream(128 * 1024);
    try (PDDocument pdf = new PDDocument()) {
      builder.usePDDocument(pdf);
      FontSet.register(builder, pdf);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.layout();
        renderer.createPDFWithoutClosing();
        SourceAttachment.attach(pdf, yaml);
        pdf.save(pdfBytes);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      // openhtmltopdf fails on some layouts (floats, for one) with a bare runtime exception.
      String theme = options.themeDirectory().map(path -> "theme " + path).orElse("the default theme");
      throw new IllegalArgumentException(theme + ": the PDF renderer could not lay out the print page ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""))
          + "); simplify print-style.css (floats and tables are the usual cause)", e);
    }
    for (String uri : refused) {
      losses.add(Warnings.warning("not-fetched", "the PDF leaves out " + uri + ": a PDF is made without fetching anything",
          null, profile.sourceMap(), "a theme's print.css and images must be inline"));
    }
    for (String problem : layoutProblems) {
      losses.add(Warnings.warning("pdf-layout", problem, null, profile.sourceMap(), "check the theme's print.css and print.mustache"));
    }
    // Written only once complete: a failure above leaves the stream untouched.
    pdfBytes.writeTo(out);
    return List.copyOf(losses);
  }

  private static void collect(Diagnostic diagnostic, Set<String> problems) {
    if (diagnostic.getLevel().intValue() >= Level.WARNING.intValue()) {
      problems.add(diagnostic.getFormattedMessage());
    }
  }
}
