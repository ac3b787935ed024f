package dev.profilekit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.testing.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
  private static final HtmlWriter WRITER = new HtmlWriter();
  private static final Path COMPACT = Examples.directory().resolve("themes/compact");

  private static String write(Profile profile, Path theme) {
    return WRITER.write(profile, WriteOptions.builder().themeDirectory(theme).build()).content();
  }

  @Test
  void compactExampleThemeReplacesHeaderAndStyleAndInheritsTheRest() {
    String html = write(Examples.read("full"), COMPACT);
    ParsedPage page = ParsedPage.parse(html);

    assertThat(page.elements("header").get(0).getAttribute("class")).isEqualTo("masthead masthead--compact");
    assertThat(page.elements("img")).isEmpty();
    String css = page.elements("style").get(0).getTextContent();
    assertThat(css).contains("--accent: #9a3f14").contains(".entry__head {");
    assertThat(page.headings("h2")).contains("Experience", "Claims and evidence", "Skills");
    assertThat(HtmlChecker.errors(html)).isEmpty();
  }

  @Test
  void themeOverridingOnePartialChangesOnlyThatPart(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("footer.mustache"), "<footer class=\"mine\"><p>{{person.name}} (custom)</p></footer>\n");
    Profile profile = Examples.read("full");

    String themed = write(profile, theme);
    String plain = WRITER.write(profile).content();

    assertThat(ParsedPage.parse(themed).elements("footer").get(0).getTextContent()).isEqualTo("Mara Lindqvist (custom)");
    assertThat(themed.substring(0, themed.indexOf("<footer"))).isEqualTo(plain.substring(0, plain.indexOf("<footer")));
  }

  @Test
  void theSameWriterSeesAThemeFileEditedOrAddedAfterItsFirstUse(@TempDir Path theme) throws IOException {
    HtmlWriter writer = new HtmlWriter();
    WriteOptions options = WriteOptions.builder().themeDirectory(theme).build();
    Profile profile = Examples.read("minimal");
    Files.writeString(theme.resolve("footer.mustache"), "<footer><p>first</p></footer>\n");
    assertThat(writer.write(profile, options).content()).contains("<p>first</p>");

    Files.writeString(theme.resolve("footer.mustache"), "<footer><p>second edit</p></footer>\n");
    assertThat(writer.write(profile, options).content()).contains("<p>second edit</p>").doesNotContain("<p>first</p>");

    Files.writeString(theme.resolve("header.mustache"), "<header><p>added header</p></header>\n");
    assertThat(writer.write(profile, options).content()).contains("<p>added header</p>", "<p>second edit</p>");
  }

  @Test
  void userThemeValuesAreEscapedToo(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("footer.mustache"), "<footer><p>{{person.name}}</p></footer>\n");
    Profile profile = Profile.builder().person(dev.profilekit.model.Person.builder().name("<i>x</i>").build()).build();

    assertThat(write(profile, theme)).contains("<footer><p>&lt;i&gt;x&lt;/i&gt;</p></footer>");
  }

  @Test
  void refusesMissingThemeDirectory(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-theme");

    assertThatThrownBy(() -> write(Examples.read("minimal"), missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("theme directory not found: " + missing.toAbsolutePath());
  }

  @Test
  void refusesFileAsThemeDirectory(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("theme.txt"), "x");

    assertThatThrownBy(() -> write(Examples.read("minimal"), file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("theme directory is not a directory: ");
  }

  @Test
  void reportsBrokenTemplateAsIllegalArgumentNamingTheTheme(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("header.mustache"), "{{#person}}unclosed\n");

    assertThatThrownBy(() -> write(Examples.read("minimal"), theme))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("theme " + theme.toAbsolutePath());
  }

  @Test
  void refusesPartialNamesThatLeaveTheThemeDirectory(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("footer.mustache"), "{{> ../../secret}}\n");

    assertThatThrownBy(() -> write(Examples.read("minimal"), theme))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad partial name '../../secret'");
  }
}
