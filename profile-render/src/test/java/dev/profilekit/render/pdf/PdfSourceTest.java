package dev.profilekit.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The PDF carries its source: the native YAML as an associated file, read back by PdfReader. */
class PdfSourceTest {
  private static final PdfReader READER = new PdfReader();

  static List<RenderedPdfs.Case> examples() {
    return RenderedPdfs.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theReaderGivesBackTheIdenticalProfile(RenderedPdfs.Case example) {
    ReadResult read = READER.read(Input.ofBytes("cv.pdf", example.render().bytes()));
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.profile()).contains(example.profile());
  }

  @Test
  void theSourceIsAnAssociatedFileWithRelationshipSourceAndTheYamlMediaType() throws IOException {
    try (PDDocument pdf = PdfFiles.open(RenderedPdfs.examples().get(0).render().bytes())) {
      COSArray associated = (COSArray) pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
      assertThat(associated.size()).isEqualTo(1);
      COSDictionary spec = (COSDictionary) associated.getObject(0);
      assertThat(spec.getCOSName(COSName.getPDFName("AFRelationship"))).isEqualTo(COSName.getPDFName("Source"));
      PDComplexFileSpecification file = new PDComplexFileSpecification(spec);
      assertThat(file.getFile()).isEqualTo("profile.yaml");
      assertThat(file.getFileUnicode()).isEqualTo("profile.yaml");
      assertThat(file.getEmbeddedFile().getSubtype()).isEqualTo("application/yaml");
      assertThat(new String(file.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8))
          .startsWith("schemaVersion: 1").contains("name: Mara Lindqvist");
      assertThat(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsOnlyKeys("profile.yaml");
    }
  }

  @Test
  void aPdfWithoutAnEmbeddedProfileIsOneClearError() throws IOException {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(plain);
    }
    ReadResult read = READER.read(Input.ofBytes("letter.pdf", plain.toByteArray()));
    assertThat(read.profile()).isEmpty();
    assertThat(read.diagnostics()).singleElement().satisfies(error -> {
      assertThat(error.isError()).isTrue();
      assertThat(error.code()).isEqualTo("no-embedded-profile");
      assertThat(error.format().lines().findFirst().orElseThrow()).isEqualTo(
          "letter.pdf:1:1: error: this PDF carries no profile (no embedded profile.yaml); only PDFs written by"
              + " Profile Kit can be read back [no-embedded-profile]");
    });
  }

  @Test
  void somethingThatIsNotAPdfIsSaidToBeNone() {
    ReadResult read = READER.read(Input.ofString("cv.pdf", "name: not a pdf\n"));
    assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly("not-a-pdf");
    ReadResult broken = READER.read(Input.ofString("cv.pdf", "%PDF-1.7\nthis is not the rest of a PDF"));
    assertThat(broken.diagnostics()).extracting(Diagnostic::code).containsExactly("not-a-pdf");
    assertThat(broken.diagnostics().get(0).format()).doesNotContain("\n\tat ");
  }

  @Test
  void aPdfLargerThanTheLimitIsRefusedUnread() {
    ReadOptions small = ReadOptions.builder().limits(Limits.builder().maxInputBytes(1000).build()).build();
    ReadResult read = READER.read(Input.ofBytes("cv.pdf", RenderedPdfs.examples().get(0).render().bytes()), small);
    assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly("input-too-large");
  }

  @Test
  void aProblemInTheEmbeddedYamlPointsIntoTheAttachment() throws IOException {
    byte[] pdf = RenderedPdfs.examples().get(0).render().bytes();
    byte[] tampered;
    try (PDDocument document = PdfFiles.open(pdf)) {
      PDComplexFileSpecification spec = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().get("profile.yaml");
      var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
          new java.io.ByteArrayInputStream("schemaVersion: 1\nperson:\n  nmae: Mara\n".getBytes(StandardCharsets.UTF_8)));
      spec.setEmbeddedFile(file);
      spec.setEmbeddedFileUnicode(file);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      tampered = out.toByteArray();
    }
    ReadResult read = READER.read(Input.ofBytes("cv.pdf", tampered));
    assertThat(read.diagnostics()).isNotEmpty();
    assertThat(read.diagnostics().get(0).format()).startsWith("cv.pdf!profile.yaml:3:3:");
  }
}
