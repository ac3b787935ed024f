package dev.profilekit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Accessible and archival: veraPDF's PDF/A-3b and PDF/UA-1 rules, and the structure tree itself. */
class PdfConformanceTest {
  static List<RenderedPdfs.Case> examples() {
    return RenderedPdfs.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyPdfIsPdfA3b(RenderedPdfs.Case example) {
    assertThat(Conformance.failures(example.render().bytes(), PDFAFlavour.PDFA_3_B)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyPdfIsPdfUa1(RenderedPdfs.Case example) {
    assertThat(Conformance.failures(example.render().bytes(), PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void theValidatorRejectsAnUntaggedPdfWithoutFonts() throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(plain);
    }
    assertThat(Conformance.failures(plain.toByteArray(), PDFAFlavour.PDFA_3_B)).isNotEmpty();
    assertThat(Conformance.failures(plain.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
  }

  @Test
  void theStructureTreeHasHeadingsListsLinksAndTheLanguage() throws IOException {
    try (PDDocument pdf = PdfFiles.open(RenderedPdfs.examples().get(0).render().bytes())) {
      var catalog = pdf.getDocumentCatalog();
      assertThat(catalog.getMarkInfo().isMarked()).isTrue();
      assertThat(catalog.getLanguage()).isEqualTo("en");
      List<String> types = new ArrayList<>();
      collect(catalog.getStructureTreeRoot(), types);
      assertThat(types).contains("H1", "H2", "H3", "L", "LI", "LBody", "Link", "P");
      // Reading order: the name's heading before the first section heading.
      assertThat(types.indexOf("H1")).isLessThan(types.indexOf("H2"));
    }
  }

  private static void collect(PDStructureNode node, List<String> types) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        types.add(element.getStructureType());
        collect(element, types);
      }
    }
  }
}
