package dev.profilekit.render.pdf.internal;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.SourcePosition;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.spi.InputBytes;
import dev.profilekit.spi.InputProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The profile a PDF carries: its native YAML, embedded as an associated file of the document
 * (PDF/A-3: listed in the catalog's {@code /AF} with {@code /AFRelationship /Source}, and in the
 * embedded files name tree), and read back from there.
 */
public final class SourceAttachment {
  /** The name of the embedded file; the reader looks for it, or for any YAML source. */
  static final String FILE_NAME = "profile.yaml";
  static final String MEDIA_TYPE = "application/yaml";
  private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
  private static final COSName SOURCE = COSName.getPDFName("Source");
  private static final COSName AF = COSName.getPDFName("AF");

  private SourceAttachment() {}

  static void attach(PDDocument pdf, byte[] yaml) throws IOException {
    PDEmbeddedFile file = new PDEmbeddedFile(pdf, new ByteArrayInputStream(yaml));
    file.setSubtype(MEDIA_TYPE);
    file.setSize(yaml.length);
    Calendar now = Calendar.getInstance();
    file.setCreationDate(now);
    file.setModDate(now);

    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(FILE_NAME);
    spec.setFileUnicode(FILE_NAME);
    spec.setFileDescription("The profile this PDF was made from (Profile Kit native YAML): profile convert this.pdf --to yaml");
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.getCOSObject().setItem(AF_RELATIONSHIP, SOURCE);

    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of(FILE_NAME, spec));
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    PDDocumentNameDictionary names = catalog.getNames() != null ? catalog.getNames() : new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    COSArray associated = new COSArray();
    associated.add(spec);
    catalog.getCOSObject().setItem(AF, associated);
  }

  /** Reads the profile a PDF carries; never throws for bad content. */
  public static ReadResult read(Input input, ReadOptions options) {
    byte[] bytes;
    try {
      bytes = InputBytes.read(input, options.limits());
    } catch (InputProblem problem) {
      return ReadResult.failed(List.of(problem.diagnostic()));
    }
    if (!startsAsPdf(bytes)) {
      return failed(input, "not-a-pdf", "this is not a PDF (it does not start with %PDF-)",
          "read it with --from and the format it is in");
    }
    Optional<byte[]> source;
    try (PDDocument pdf = Loader.loadPDF(bytes)) {
      source = embeddedSource(pdf);
    } catch (InvalidPasswordException e) {
      return failed(input, "unreadable-input", "the PDF is encrypted with a password", null);
    } catch (IOException | RuntimeException e) {
      return failed(input, "not-a-pdf", "the PDF cannot be parsed: " + oneLine(e), null);
    }
    if (source.isEmpty()) {
      return failed(input, "no-embedded-profile",
          "this PDF carries no profile (no embedded " + FILE_NAME + "); only PDFs written by Profile Kit can be read back",
          "convert the profile the PDF was made from, e.g. profile convert me.yaml --to pdf");
    }
    Input yaml = Input.ofString(input.name() + "!" + FILE_NAME, new String(source.get(), StandardCharsets.UTF_8));
    return Formats.standard().require("yaml").reader().orElseThrow().read(yaml, options);
  }

  private static boolean startsAsPdf(byte[] bytes) {
    // PDF readers accept the header within the first 1024 bytes.
    String start = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    return start.contains("%PDF-");
  }

  /** The YAML source: the associated file with relationship Source, else an embedded profile.yaml. */
  private static Optional<byte[]> embeddedSource(PDDocument pdf) throws IOException {
    PDDocumentCatalog catalog = pdf.getDocumentCatalog();
    if (catalog.getCOSObject().getDictionaryObject(AF) instanceof COSArray associated) {
      for (int i = 0; i < associated.size(); i++) {
        if (associated.getObject(i) instanceof COSDictionary dictionary
            && SOURCE.equals(dictionary.getCOSName(AF_RELATIONSHIP))) {
          Optional<byte[]> bytes = contents(new PDComplexFileSpecification(dictionary));
          if (bytes.isPresent()) {
            return bytes;
          }
        }
      }
    }
    PDDocumentNameDictionary names = catalog.getNames();
    if (names == null || names.getEmbeddedFiles() == null) {
      return Optional.empty();
    }
    return find(names.getEmbeddedFiles());
  }

  private static Optional<byte[]> find(PDNameTreeNode<PDComplexFileSpecification> node) throws IOException {
    Map<String, PDComplexFileSpecification> files = node.getNames();
    if (files != null && files.get(FILE_NAME) != null) {
      return contents(files.get(FILE_NAME));
    }
    List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
    if (kids != null) {
      for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
        Optional<byte[]> found = find(kid);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<byte[]> contents(PDComplexFileSpecification spec) throws IOException {
    PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
    return file == null ? Optional.empty() : Optional.of(file.toByteArray());
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  private static ReadResult failed(Input input, String code, String message, String hint) {
    return ReadResult.failed(List.of(
        Diagnostic.error(code, message).withPosition(SourcePosition.of(input.name(), 1, 1)).withHint(hint)));
  }
}
