package dev.profilekit.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the tests read out of a PDF with PDFBox: its text, page by page, and its outline. */
final class PdfFiles {
  private PdfFiles() {}

  static PDDocument open(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the whole document, as an applicant-tracking system extracts it. */
  static String text(byte[] pdf) {
    try (PDDocument document = open(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of each page. */
  static List<String> pages(byte[] pdf) {
    try (PDDocument document = open(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
      return pages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outline as indented lines: "Title" for top-level bookmarks, "  Title" for their children. */
  static List<String> outline(byte[] pdf) {
    try (PDDocument document = open(pdf)) {
      List<String> lines = new ArrayList<>();
      if (document.getDocumentCatalog().getDocumentOutline() != null) {
        outline(document.getDocumentCatalog().getDocumentOutline(), "", lines);
      }
      return lines;
    }  catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void outline(PDOutlineNode node, String indent, List<String> lines) {
    for (PDOutlineItem item : node.children()) {
      lines.add(indent + item.getTitle());
      outline(item, indent + "  ", lines);
    }
  }
}
