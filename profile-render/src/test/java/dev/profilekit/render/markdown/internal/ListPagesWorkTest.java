package dev.profilekit.render.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.testing.AllocationMeter;
import dev.profilekit.render.internal.LinearParser;
import dev.profilekit.render.internal.LongParagraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * List-heavy pages, measured by work done and not by a clock. flexmark keeps about 1.4 KB per
 * list item until a document is parsed: a 2 MiB page of nested lists ran a 256 MB heap out of
 * memory after 43 s. The outline now parses a page in pieces and holds one at a time, so what it
 * holds is bounded by the piece, and its work by the page's length.
 */
class ListPagesWorkTest {
  private static final LinearParser BLOCKS = LinearParser.buildBlocksOnly(
      new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create())), LongParagraphs.Policy.JOIN_WITH_MARKERS);
  private static final int PIECE = 4096;

  private static String nestedLists(int times) {
    return "# Sam Quill\n\n## Notes\n\n" + "- a\n  - b\n    - c\n".repeat(times);
  }

  private static String sectionsOfItems(int sections) {
    StringBuilder page = new StringBuilder("# Sam Quill\n\n");
    for (int s = 0; s < sections; s++) {
      page.append("## Section ").append(s).append("\n\n");
      for (int j = 0; j < 3000; j++) {
        page.append("- item ").append(j).append('\n');
      }
      page.append('\n');
    }
    return page.toString();
  }

  /** The length of each piece parsed, and the headings found, reading {@code page} in pieces. */
  private record Pieces(List<Integer> lengths, List<String> headings) {
    int longest() {
      return lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    long total() {
      return lengths.stream().mapToLong(Integer::longValue).sum();
    }
  }

  private static Pieces pieces(String page, int pieceChars) {
    List<Integer> lengths = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    Function<BasedSequence, Document> parser = piece -> {
      lengths.add(piece.length());
      return BLOCKS.parse(piece);
    };
    TopLevelBlocks.read(parser, page, LinearParser.sequence(page), pieceChars, block -> {
      if (block instanceof Heading heading) {
        headings.add(heading.getText().toString());
      }
    });
    return new Pieces(lengths, headings);
  }

  @Test
  void aPageOfNestedListsIsParsedOnePieceOfItsItemsAtATimeHoweverLongItIs() {
    Pieces short_ = pieces(nestedLists(2_000), PIECE);
    Pieces long_ = pieces(nestedLists(16_000), PIECE);

    assertThat(long_.lengths()).hasSizeGreaterThan(50);
    assertThat(short_.longest()).isLessThanOrEqualTo(PIECE + 20);
    assertThat(long_.longest()).isLessThanOrEqualTo(PIECE + 20);
    assertThat(long_.total()).isLessThanOrEqualTo(2L * nestedLists(16_000).length());
    assertThat(long_.headings()).containsExactly("Sam Quill", "Notes");
  }

  @Test
  void aPageWithoutACutIsParsedInGrowingPiecesAFewTimesItsLengthInAll() {
    String page = "# Sam Quill\n\n" + "> a\n".repeat(20_000) + "\n## After\n";
    Pieces pieces = pieces(page, PIECE);

    assertThat(pieces.total()).isLessThanOrEqualTo(4L * page.length());
    assertThat(pieces.headings()).containsExactly("Sam Quill", "After");
  }

  @Test
  void everySectionOfItemsIsFoundPieceByPiece() {
    Pieces pieces = pieces(sectionsOfItems(12), PIECE);

    assertThat(pieces.headings()).hasSize(13).startsWith("Sam Quill", "Section 0").endsWith("Section 11");
    assertThat(pieces.longest()).isLessThanOrEqualTo(PIECE + 20);
  }

  /** Bytes allocated reading the page made by {@code page} of size n and of size 2n, over n. */
  private static double growth(IntFunction<String> page, int n) {
    read(page.apply(n));
    long once = AllocationMeter.bytesAllocatedBy(() -> read(page.apply(n)));
    long twice = AllocationMeter.bytesAllocatedBy(() -> read(page.apply(2 * n)));
    return (double) twice / once;
  }

  private static void read(String page) {
    ReadResult result = DocumentReader.read("lists.md", page, ReadOptions.defaults());
    assertThat(result.profile()).as("%s", result.diagnostics()).isPresent();
  }

  @Test
  void readingNestedListsAllocatesInProportionToThePage() {
    assertThat(growth(ListPagesWorkTest::nestedLists, 12_000)).isBetween(1.6, 2.4);
  }

  @Test
  void readingSectionsOfItemsAllocatesInProportionToThePage() {
    assertThat(growth(ListPagesWorkTest::sectionsOfItems, 8)).isBetween(1.6, 2.4);
  }

  @Test
  void aPartsBlocksAreParsedWhenAskedForAsThePageParsedAtOnceHasThem() {
    String page = nestedLists(300) + "\n## Claims\n<!-- profilekit:claims -->\n\n- I bake\n  - [bread](https://b.example.org/)\n";
    SourceText source = new SourceText("page.md", page);
    Outline.Page inPieces = Outline.parse(source, 0, (parent, child) -> true, 64);
    Outline.Page atOnce = Outline.parse(source, 0, (parent, child) -> true, Integer.MAX_VALUE);

    Outline.Part claims = inPieces.parts().get(1);
    assertThat(claims.title).isEqualTo("Claims");
    assertThat(ClaimItems.of(source, 0, claims.blocks()))
        .isEqualTo(ClaimItems.of(source, 0, atOnce.parts().get(1).blocks()))
        .singleElement().satisfies(item -> assertThat(item.nested()).hasSize(1));
  }

  /** Every node under {@code node} but the lists and quotes a cut may split: class, start, end. */
  private static void blocksOf(com.vladsch.flexmark.util.ast.Node node, List<String> into) {
    for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof com.vladsch.flexmark.ast.ListBlock || child instanceof com.vladsch.flexmark.ast.BlockQuote)) {
        into.add(child.getClass().getSimpleName() + " " + child.getStartOffset() + "-" + child.getEndOffset());
      }
      blocksOf(child, into);
    }
  }

  @Test
  void thePiecesHoldThePagesOwnBlocksButForTheListsAndQuotesTheyCut() {
    List<String> pages = new ArrayList<>(List.of(OutlinePiecesTest.TRICKY));
    for (long seed = 0; seed < 150; seed++) {
      pages.add(OutlinePiecesTest.randomPage(seed));
    }
    for (String page : pages) {
      List<String> atOnce = new ArrayList<>();
      blocksOf(BLOCKS.parse(page), atOnce);
      List<String> inPieces = new ArrayList<>();
      TopLevelBlocks.read(BLOCKS::parse, page, LinearParser.sequence(page), 1, block -> {
        if (!(block instanceof com.vladsch.flexmark.ast.ListBlock || block instanceof com.vladsch.flexmark.ast.BlockQuote)) {
          inPieces.add(block.getClass().getSimpleName() + " " + block.getStartOffset() + "-" + block.getEndOffset());
        }
        blocksOf(block, inPieces);
      });

      assertThat(inPieces).as(page).isEqualTo(atOnce);
    }
  }
}
