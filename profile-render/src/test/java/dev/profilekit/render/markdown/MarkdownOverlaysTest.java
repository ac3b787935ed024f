package dev.profilekit.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlays;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.model.testing.Examples;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A page carries the profile's translations and variants in its front matter, as the native format writes them. */
class MarkdownOverlaysTest {
  private final MarkdownWriter writer = new MarkdownWriter();
  private final MarkdownReader reader = new MarkdownReader();
  private final Profile mira = Examples.read(Examples.directory().resolve("overlays/mira.yaml"));

  /** A variant that removes a field, with null, as variants do. */
  private final java.util.Map<String, dev.profilekit.model.Overlay> withoutPhone =
      dev.profilekit.model.format.Formats.standard().require("yaml").reader().orElseThrow()
      .read(Input.ofString("v.yaml", "schemaVersion: 1\nperson:\n  phone: \"+49 30 5550100\"\nvariants:\n  public:\n"
          + "    person:\n      phone: null\n")).profile().orElseThrow().variants();

  private ReadResult read(String name, String page) {
    return reader.read(Input.ofString(name, page));
  }

  @Test
  void theOverlaysGoUnderTheNamespaceOfTheFrontMatterAndReadBack() {
    WriteResult page = writer.write(mira, WriteOptions.defaults());

    assertThat(page.losses()).isEmpty();
    assertThat(page.content()).startsWith("---\ntitle: Mira Okonkwo-Lind\nheadline: Research engineer\nprofilekit:\n"
        + "  translations:\n    de:\n      person:\n        label: Forschungsingenieurin\n");
    assertThat(page.content()).contains("  variants:\n    public:\n      person:\n        phone: null\n");
    Profile back = read("mira.md", page.content()).profile().orElseThrow();
    assertThat(back).isEqualTo(mira);
    assertThat(Overlays.resolve(back, Optional.of("de"), Optional.of("public")).profile().orElseThrow().person().label())
        .contains("Forschungsingenieurin");
  }

  @Test
  void anOverlayInThePagesFrontMatterIsCheckedAtItsPosition() {
    ReadResult result = read("page.md", """
        ---
        title: Mira Okonkwo-Lind
        profilekit:
          translations:
            de:
              person:
                lable: Forschungsingenieurin
        ---

        I build pipelines.
        """);

    assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "page.md:7:9: error: translation `de`: unknown key `lable` in person (at $.translations.de.person.lable)"
            + " [unknown-key]\n  hint: did you mean `label`?");
  }

  @Test
  void jsonFrontMatterCarriesThemTooAndTomlWithoutNullsAsWell() {
    Profile json = read("page.md", "{\n  \"title\": \"Kai Berg\"\n}\n\nI write compilers.\n").profile().orElseThrow()
        .withVariants(withoutPhone);
    WriteResult jsonPage = writer.write(json, WriteOptions.defaults());
    assertThat(jsonPage.losses()).isEmpty();
    assertThat(jsonPage.content()).startsWith("{\n  \"title\": \"Kai Berg\",\n  \"profilekit\": {\n    \"variants\": {");
    assertThat(read("page.md", jsonPage.content()).profile().orElseThrow().variants()).isEqualTo(withoutPhone);

    Profile toml = read("page.md", "+++\ntitle = \"Kai Berg\"\n+++\n\nI write compilers.\n").profile().orElseThrow()
        .withTranslations(java.util.Map.of("de", dev.profilekit.model.Overlay.of(java.util.Map.of("person",
            java.util.Map.of("summary", "Ich schreibe Compiler.")))));
    WriteResult tomlPage = writer.write(toml, WriteOptions.defaults());
    assertThat(tomlPage.losses()).isEmpty();
    assertThat(tomlPage.content()).contains("profilekit.translations.de.person.summary = 'Ich schreibe Compiler.'");
    assertThat(read("page.md", tomlPage.content()).profile().orElseThrow().translations()).isEqualTo(toml.translations());
  }

  @Test
  void tomlHasNoNullSoAVariantThatRemovesAFieldIsNotWrittenAndTheWriterSaysSo() {
    Profile toml = read("page.md", "+++\ntitle = \"Kai Berg\"\n+++\n\nI write compilers.\n").profile().orElseThrow()
        .withVariants(withoutPhone);

    WriteResult page = writer.write(toml, WriteOptions.defaults());

    assertThat(page.content()).doesNotContain("variants");
    assertThat(page.losses()).extracting(Diagnostic::code, d -> d.path().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("overlays-not-written", "$.variants"));
  }

  @Test
  void aPageOfAnswersIsAboutOneTargetAndStillSaysTheOverlaysAreNotInIt() {
    Profile withTarget = Examples.read(Examples.directory().resolve("research-engineer.yaml")).withVariants(mira.variants());
    String target = withTarget.targets().get(0).id();

    WriteResult answers = writer.write(withTarget, WriteOptions.builder().target(target).build());

    assertThat(answers.losses()).extracting(Diagnostic::code).contains("overlays-not-written");
  }
}
