package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Link;
import dev.profilekit.model.Profile;
import dev.profilekit.model.Section;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.render.html.HtmlWriter;
import dev.profilekit.spi.ModelTrees;
import dev.profilekit.spi.TreeText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * About pages in the shapes personal sites have them ({@code src/test/resources/markdown/pages}):
 * TOML, JSON and YAML front matter with comments, Liquid and Hugo shortcodes, raw HTML, setext
 * headings, footnotes, tables, CR and CRLF line ends, no final newline, non-Latin scripts.
 */
class MarkdownPagesTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Path PAGES = Path.of("src/test/resources/markdown/pages");

  /** Who each page is about, as the page says it: name, networks linked, email. */
  private record Person(Optional<String> name, List<String> networks, Optional<String> email) {}

  private static final Map<String, Person> PEOPLE = new LinkedHashMap<>();

  static {
    PEOPLE.put("academic-cv.md", person("Priya Raman", null, "Google Scholar", "Stack Overflow", "LinkedIn"));
    PEOPLE.put("cjk.md", person(null, null, "GitHub", "Bluesky"));
    PEOPLE.put("czech-quoted.md", person("Tomáš Novák", "tomas@novak.example.cz"));
    PEOPLE.put("duplicate-keys.md", person("Ines Carvalho", null));
    PEOPLE.put("eleventy-title-name.md", person("Jonas Weber", "jonas@weber.example.at", "GitHub"));
    PEOPLE.put("french-cr.md", person("Camille Dubois", null, "Bluesky"));
    PEOPLE.put("hugo-json.md", person("Kofi Mensah", "kofi@clinics.example.org", "GitLab", "LinkedIn"));
    PEOPLE.put("hugo-toml-comments.md", person("Lena Hartmann", "lena.hartmann@post.example.org", "GitHub", "ORCID"));
    PEOPLE.put("jekyll-liquid.md", person("Marit Solberg", null, "GitHub", "X", "Mastodon"));
    PEOPLE.put("no-name.md", person(null, null));
    PEOPLE.put("russian-crlf.md", person("Анна Соколова", null, "Mastodon", "GitHub"));
    PEOPLE.put("zola-links-h1.md", person("Rosa Delgado", null, "GitHub", "Stack Overflow"));
  }

  private static Person person(String name, String email, String... networks) {
    return new Person(Optional.ofNullable(name), List.of(networks), Optional.ofNullable(email));
  }

  static List<String> pages() {
    try (Stream<Path> files = Files.list(PAGES)) {
      return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String page) {
    try {
      return Files.readString(PAGES.resolve(page), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ReadResult readResult(String name, String markdown) {
    return new MarkdownReader().read(Input.ofString(name, markdown));
  }

  private static Profile read(String name, String markdown) {
    ReadResult result = readResult(name, markdown);
    assertThat(result.diagnostics().stream().filter(d -> !d.code().equals("duplicate-key")).toList()).as(name).isEmpty();
    return result.profile().orElseThrow();
  }

  private static String write(Profile profile) {
    var written = new MarkdownWriter().write(profile);
    assertThat(written.losses()).isEmpty();
    return written.content();
  }

  private static String frontMatterBlock(String page) {
    String lf = page.replace("\r\n", "\n").replace('\r', '\n');
    String end;
    if (lf.startsWith("---\n")) {
      end = "\n---";
    } else if (lf.startsWith("+++\n")) {
      end = "\n+++";
    } else if (lf.startsWith("{")) {
      end = "\n}";
    } else {
      return "";
    }
    int close = lf.indexOf(end, 3) + end.length();
    return page.substring(0, close + (page.length() - lf.length() > 0 ? countCrlf(page, close) : 0));
  }

  /** How many CRLFs come before {@code lfOffset} (an offset in the LF text), to map it back. */
  private static int countCrlf(String page, int lfOffset) {
    int extra = 0;
    for (int i = 0; i + extra < page.length() && i < lfOffset; i++) {
      if (page.startsWith("\r\n", i + extra)) {
        extra++;
      }
    }
    return extra;
  }

  private static String lineEnd(String text) {
    return text.contains("\r\n") ? "\r\n" : text.contains("\r") ? "\r" : "\n";
  }

  /** The text after the front matter, up to whitespace; setext headings spelt as the writer spells them (ATX). */
  private static String body(String page) {
    String body = page.substring(frontMatterBlock(page).length()).replace("\r\n", "\n").replace('\r', '\n');
    body = body.replaceAll("(?m)^([^\n#<>*-][^\n]*)\n=+[ \t]*$", "# $1").replaceAll("(?m)^([^\n#<>*-][^\n]*)\n-+[ \t]*$", "## $1");
    return body.replaceAll("\\s+", " ").strip();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void readsEveryPageWithNoDiagnosticButADuplicateKeyWarning(String page) {
    ReadResult result = readResult(page, text(page));

    assertThat(result.profile()).as(page).isPresent();
    List<String> codes = result.diagnostics().stream().map(Diagnostic::code).toList();
    assertThat(codes).isEqualTo(page.equals("duplicate-keys.md") ? List.of("duplicate-key") : List.of());
  }

  @ParameterizedTest
  @MethodSource("pages")
  void keepsEveryWordOfThePageFrontMatterCommentsIncluded(String page) {
    String model = TreeText.yaml(ModelTrees.write(read(page, text(page))));

    Matcher words = WORD.matcher(text(page).replaceAll("(?m)^(title|headline)\\s*[:=]", ""));
    while (words.find()) {
      assertThat(model).as("%s: the word `%s`", page, words.group()).contains(words.group());
    }
  }

  @ParameterizedTest
  @MethodSource("pages")
  void writesTheFrontMatterBackByteForByteInItsSyntaxAndThePageInItsLineEnds(String page) {
    String original = text(page);

    String written = write(read(page, original));

    assertThat(written).as(page).startsWith(frontMatterBlock(original));
    assertThat(lineEnd(written)).as(page).isEqualTo(lineEnd(original));
    String others = written.replace(lineEnd(original), "");
    assertThat(others).as("%s: no other line end", page).doesNotContain("\n").doesNotContain("\r");
    assertThat(body(written)).as(page).isEqualTo(body(original));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void writesAStableRewriteThatReadsBackToTheSameProfile(String page) {
    Profile profile = read(page, text(page));
    String written = write(profile);

    Profile again = read("rewritten.md", written);

    assertThat(again).isEqualTo(profile);
    assertThat(write(again)).isEqualTo(written);
  }

  @ParameterizedTest
  @MethodSource("pages")
  void findsThePersonThePageIsAboutAndNeverTakesThePageTitleForTheName(String page) {
    Profile profile = read(page, text(page));
    Person expected = PEOPLE.get(page);

    assertThat(expected).as("an expectation for %s", page).isNotNull();
    assertThat(profile.person().name()).as(page).isEqualTo(expected.name());
    assertThat(profile.person().links()).extracting(link -> link.network().orElse("?")).as(page)
        .containsExactlyElementsOf(expected.networks());
    assertThat(profile.person().email()).as(page).isEqualTo(expected.email());
  }

  @ParameterizedTest
  @MethodSource("pages")
  void readsTheSameProfileWhateverTheLineEnds(String page) {
    String lf = text(page).replace("\r\n", "\n").replace('\r', '\n');
    Profile expected = read(page, lf);

    for (String lineEnd : List.of("\r\n", "\r")) {
      String twin = lf.replace("\n", lineEnd);
      Profile profile = read(page, twin);

      assertThat(profile).as("%s with %s", page, lineEnd.equals("\r") ? "CR" : "CRLF").isEqualTo(expected);
      assertThat(write(profile)).isEqualTo(write(expected).replace("\n", lineEnd));
    }
  }

  @Test
  void keepsTheCommentsOfTheTomlKeysThatRemainWhenTheFrontMatterChanges() {
    Profile profile = read("hugo-toml-comments.md", text("hugo-toml-comments.md"));
    Map<String, Object> frontMatter = new LinkedHashMap<>(profile.frontMatter());
    frontMatter.remove("slug");
    frontMatter.put("layout", "wide");
    frontMatter.put("toc", true);

    String written = write(Profile.builder().from(profile).frontMatter(frontMatter).build());

    String block = frontMatterBlock(written);
    assertThat(block)
        .startsWith("+++\n# Hugo (Stack theme) about page. Notes to self are kept as comments.\ntitle = \"Über mich\"\ndate = 2022-10-25\n")
        .contains("# draft = true\n# weight = 3\nlayout = 'wide'\n")
        .contains("  weight = -90   # first in the menu\n")
        .contains("# the avatar is shown in the sidebar\navatar = \"/img/lena.png\"\n")
        .contains("toc = true\n")
        .doesNotContain("slug")
        .endsWith("+++");
    assertThat(block.indexOf("toc = true")).isLessThan(block.indexOf("[menu.main]"));
    Profile again = read("changed.md", written);
    assertThat(again.frontMatter()).containsEntry("layout", "wide").containsEntry("toc", true).doesNotContainKey("slug");
  }

  @Test
  void keepsArraysOfTablesMultiLineValuesAndSpecialNumbersOfTomlWhenAnotherKeyChanges() {
    String page = "+++\n# menus\ntitle = \"Noor Haddad\"\nsummary = \"\"\"\nline one\n[not] = a table\n\"\"\"\n"
        + "tags = [\n  \"a\",  # first\n  \"b\",\n]\nratio = inf\n\n[[menu.main]]\nname = \"Home\"\n\n[[menu.main]]\nname = \"About\"\n+++\n\nText.\n";
    Profile profile = read("menus.md", page);

    String written = new MarkdownWriter().write(profile, WriteOptions.builder().putFrontMatter("draft", "true").build()).content();

    assertThat(written).startsWith(page.substring(0, page.indexOf("\n[[menu.main]]")) + "draft = true\n\n[[menu.main]]\nname = \"Home\"\n");
    assertThat(profile.person().name()).contains("Noor Haddad");
    assertThat(read("again.md", written).frontMatter().get("menu")).isEqualTo(profile.frontMatter().get("menu"));
  }

  @Test
  void keepsTheCommentAtTheEndOfAChangedLine() {
    String page = "---\nlayout: page   # the theme's 'page'\ntitle: \"Home # not a comment\"\n---\n\nText.\n";
    Profile profile = read("inline.md", page);

    String written = new MarkdownWriter().write(profile, WriteOptions.builder().putFrontMatter("layout", "wide").build()).content();

    assertThat(written).startsWith("---\nlayout: wide   # the theme's 'page'\ntitle: \"Home # not a comment\"\n---\n");
  }

  @Test
  void saysSoWhenChangedFrontMatterCannotKeepItsComments() {
    Profile profile = read("flow.md", "---\n{layout: page, # the theme's\n  x: 1}\n---\n\nText.\n");

    var written = new MarkdownWriter().write(profile, WriteOptions.builder().putFrontMatter("layout", "wide").build());

    assertThat(written.losses()).extracting(Diagnostic::code).containsExactly("front-matter-rewritten");
    assertThat(written.content()).startsWith("---\nlayout: wide\nx: 1\n---\n");
  }

  @Test
  void keepsTheCommentsOfTheYamlKeysThatRemainWhenTheFrontMatterChanges() {
    Profile profile = read("jekyll-liquid.md", text("jekyll-liquid.md"));

    String written = new MarkdownWriter().write(profile,
        WriteOptions.builder().putFrontMatter("permalink", "/me/").build()).content();

    assertThat(frontMatterBlock(written)).isEqualTo(frontMatterBlock(text("jekyll-liquid.md")).replace("/about/", "/me/"));
  }

  @Test
  void writesJsonFrontMatterBackAsJson() {
    Profile profile = read("hugo-json.md", text("hugo-json.md"));

    String written = new MarkdownWriter().write(profile, WriteOptions.builder().putFrontMatter("draft", "true").build()).content();

    assertThat(written).startsWith("{\n  \"title\": \"About\",").contains("\"draft\": true\n}\n\n");
    assertThat(read("changed.md", written).frontMatter()).containsEntry("draft", true);
  }

  @Test
  void quotesEveryStringThatAYaml11ReaderWouldReadAsSomethingElse() {
    Profile profile = read("czech-quoted.md", text("czech-quoted.md"));
    Profile fresh = Profile.builder().from(profile).frontMatter(Map.of()).build();
    Map<String, Object> values = new LinkedHashMap<>();
    profile.frontMatter().forEach((key, value) -> {
      if (!key.equals("profilekit")) {
        values.put(key, value);
      }
    });
    values.put("octal", "0755");
    values.put("flag", "off");
    values.put("float", "1e3");

    String written = write(Profile.builder().from(fresh).frontMatter(values).build());

    for (String key : List.of("date", "updated", "start", "published", "version", "zip", "octal", "flag", "float")) {
      assertThat(written).containsPattern("(?m)^" + key + ": \"[^\"]+\"$");
    }
  }

  @Test
  void doesNotAdoptUnrelatedHeadingsUnderALinksHeading() {
    Profile profile = read("zola-links-h1.md", text("zola-links-h1.md"));

    assertThat(profile.sections()).extracting(Section::title).containsExactly("Links", "Recent episodes", "Studio");
    assertThat(profile.sections().get(0).sections()).isEmpty();
  }

  @Test
  void takesNetworkUsernamesFromTheFrontMatter() {
    Profile profile = read("jekyll-liquid.md", text("jekyll-liquid.md"));

    assertThat(profile.person().links()).first()
        .isEqualTo(Link.builder().network("GitHub").username("marit-solberg-example").url("https://github.com/marit-solberg-example").build());
  }

  @Test
  void doesNotWarnInHtmlAboutTheHeadingLevelsTheMarkdownReaderKept() {
    Profile profile = read("jekyll-liquid.md", text("jekyll-liquid.md"));

    var html = new HtmlWriter().write(profile, WriteOptions.defaults());

    assertThat(html.losses()).extracting(Diagnostic::message).noneMatch(message -> message.contains("markdown-level"));
  }
}
