package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Section;
import dev.profilekit.model.Work;
import dev.profilekit.model.PartialDate;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.testing.Examples;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The output renders as intended through a CommonMark renderer, with plain text kept literal. */
class MarkdownRenderingTest {
  private static final Parser PARSER = Parser.builder(new MutableDataSet()).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder(new MutableDataSet()).build();
  private final MarkdownWriter writer = new MarkdownWriter();

  @Test
  void rendersHeadingsListsAndLinksOfTheFullExample() {
    Document page = PARSER.parse(body(writer.write(Examples.read("full")).content()));

    List<String> h2 = headings(page, 2);
    assertThat(h2).containsSubsequence("Links", "Who am I", "Why I am writing this", "Experience", "Projects",
        "Education", "Publications", "Skills", "Claims", "Evidence");
    assertThat(headings(page, 3)).contains("A brief history", "Nordrail Data", "Fraktlab", "Python");
    assertThat(descendants(page, Link.class)).extracting(link -> link.getUrl().toString())
        .contains("https://github.example.com/maralq", "https://fosstodon.example/@mara");
    assertThat(descendants(page, BulletList.class)).isNotEmpty();
    String html = HTML.render(page);
    assertThat(html)
        .contains("<li><strong>When:</strong> Mar 2019 – present</li>")
        .contains("<li><strong>Position:</strong> Staff engineer</li>")
        .contains("<li><strong>Website:</strong> <a href=\"https://nordrail.example.com/\">https://nordrail.example.com/</a></li>")
        .contains("<li>10+ years of Python in production <!-- profilekit:claim")
        .doesNotContain("<p>&lt;!--");
  }

  @Test
  void keepsMarkdownMetacharactersInPlainTextLiteral() {
    Profile profile = Profile.builder()
        .person(Person.builder().name("*Eve* [x](y)").build())
        .addWork(Work.builder().name("*Eve* [x](y) & <b>Co</b> #1").position("- lead_engineer `x` | y")
            .startDate(PartialDate.ofYear(2020)).addHighlights("1. first", "> quoted", "back\\slash").build())
        .build();

    String markdown = writer.write(profile).content();
    String html = HTML.render(PARSER.parse(body(markdown)));

    assertThat(html)
        .contains("<h3>*Eve* [x](y) &amp; &lt;b&gt;Co&lt;/b&gt; #1</h3>")
        .contains("<li><strong>Position:</strong> - lead_engineer `x` | y</li>")
        .contains("<li>1. first</li>")
        .contains("<li>&gt; quoted</li>")
        .contains("<li>back\\slash</li>")
        .doesNotContain("<em>").doesNotContain("<a href=\"y\"").doesNotContain("<b>");
    assertThat(markdown).contains("title: \"*Eve* [x](y)\"");
    assertThat(new MarkdownReader().read(Input.ofString("eve.md", markdown)).profile()).contains(profile);
  }

  @Test
  void keepsSectionMarkdownAsWritten() {
    Profile profile = Profile.builder()
        .addSections(Section.builder().title("Who *am* I").body("I like **bold** claims.\n\n- one\n  - two").build())
        .build();

    String html = HTML.render(PARSER.parse(body(writer.write(profile).content())));

    assertThat(html).contains("<h2>Who <em>am</em> I</h2>").contains("<strong>bold</strong>")
        .contains("<li>one\n<ul>\n<li>two</li>");
  }

  private static String body(String markdown) {
    return markdown.startsWith("---\n") ? markdown.substring(markdown.indexOf("\n---\n", 3) + 5) : markdown;
  }

  private static List<String> headings(Document page, int level) {
    return descendants(page, Heading.class).stream().filter(h -> h.getLevel() == level)
        .map(h -> h.getText().toString()).toList();
  }

  private static <T extends Node> List<T> descendants(Node root, Class<T> type) {
    List<T> found = new ArrayList<>();
    StreamSupport.stream(root.getDescendants().spliterator(), false)
        .filter(type::isInstance).map(type::cast).forEach(found::add);
    return found;
  }
}
