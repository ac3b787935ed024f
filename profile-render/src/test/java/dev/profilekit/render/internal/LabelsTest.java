package dev.profilekit.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class LabelsTest {
  static final List<String> SHIPPED = Labels.SHIPPED;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+\\}");

  private static Map<String, String> english() {
    return Labels.shipped("en").orElseThrow();
  }

  @ParameterizedTest
  @FieldSource("SHIPPED")
  void everyShippedLanguageHasEveryLabelOfEnglishAndNoOther(String tag) {
    Map<String, String> table = Labels.shipped(tag).orElseThrow();

    assertThat(table.keySet()).containsExactlyInAnyOrderElementsOf(english().keySet());
  }

  @ParameterizedTest
  @FieldSource("SHIPPED")
  void everyLabelKeepsItsPlaceholdersAndSaysSomething(String tag) {
    Map<String, String> table = Labels.shipped(tag).orElseThrow();
    english().forEach((key, word) -> {
      if (key.equals("datePattern")) {
        return;
      }
      assertThat(table.get(key)).as(tag + " " + key).isNotBlank();
      assertThat(placeholders(table.get(key))).as(tag + " " + key).isEqualTo(placeholders(word));
    });
  }

  @ParameterizedTest
  @FieldSource("SHIPPED")
  void noTwoMarkdownLineLabelsOfALanguageAreTheSameSoTheReaderCanTellThemApart(String tag) {
    Map<String, String> seen = new HashMap<>();
    Labels.shipped(tag).orElseThrow().forEach((key, word) -> {
      if (key.startsWith("field")) {
        assertThat(seen.put(word, key)).as(tag + ": `" + word + "` labels " + key + " and " + seen.get(word)).isNull();
        // The line is "- **Label:** value": a label with a star or a colon would end early.
        assertThat(word).as(tag + " " + key).doesNotContain("*", ":");
      }
    });
  }

  @Test
  void aRegionWithoutLabelsFallsBackToItsLanguageWithAWarningAndKeepsItsOwnDates() {
    List<Diagnostic> warnings = new ArrayList<>();
    Labels austrian = Labels.of("de-AT", Optional.empty(), warnings);

    assertThat(austrian.get("experience")).isEqualTo("Berufserfahrung");
    assertThat(austrian.tag()).isEqualTo("de-AT");
    assertThat(austrian.dates().format(dev.profilekit.model.PartialDate.ofMonth(2020, 1))).isEqualTo("Jänner 2020");
    assertThat(warnings).extracting(Diagnostic::code).containsExactly("labels-fallback");
    assertThat(warnings.get(0).message()).contains("'de-AT'", "'de'");
  }

  @Test
  void aLanguageWithoutLabelsFallsBackToEnglishWithAWarning() {
    List<Diagnostic> warnings = new ArrayList<>();
    Labels welsh = Labels.of("cy", Optional.empty(), warnings);

    assertThat(welsh.get("experience")).isEqualTo("Experience");
    assertThat(welsh.tag()).isEqualTo("cy");
    assertThat(warnings).extracting(Diagnostic::code).containsExactly("labels-fallback");
    assertThat(warnings.get(0).message()).contains("'cy'", "English");
  }

  @Test
  void aShippedLanguageNeedsNoWarning() {
    List<Diagnostic> warnings = new ArrayList<>();
    for (String tag : SHIPPED) {
      Labels.of(tag, Optional.empty(), warnings);
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void arabicAndHebrewAreRightToLeftAndTheOthersAreNot() {
    for (String tag : SHIPPED) {
      Labels labels = Labels.of(tag, Optional.empty(), new ArrayList<>());
      assertThat(labels.direction()).as(tag).isEqualTo(tag.equals("ar") || tag.equals("he") ? "rtl" : "ltr");
    }
    assertThat(Labels.of("fa-IR", Optional.empty(), new ArrayList<>()).rightToLeft()).isTrue();
  }

  @Test
  void aThemesLabelsReplaceTheShippedOnesAndAnUnknownKeyIsReported(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("labels-de.properties"), "experience=Werdegang\nexperiance=Tippfehler\n", StandardCharsets.UTF_8);
    List<Diagnostic> warnings = new ArrayList<>();

    Labels labels = Labels.of("de", Optional.of(theme), warnings);

    assertThat(labels.get("experience")).isEqualTo("Werdegang");
    assertThat(labels.get("skills")).isEqualTo("Kenntnisse");
    assertThat(warnings).extracting(Diagnostic::code).containsExactly("unknown-label");
    assertThat(warnings.get(0).message()).contains("experiance", "labels-de.properties");
  }

  @Test
  void aThemeCanAddALanguageAndHearsWhichLabelsItLacks(@TempDir Path theme) throws IOException {
    Files.writeString(theme.resolve("labels-cy.properties"), "experience=Profiad\npresent=presennol\n", StandardCharsets.UTF_8);
    List<Diagnostic> warnings = new ArrayList<>();

    Labels welsh = Labels.of("cy", Optional.of(theme), warnings);

    assertThat(welsh.get("experience")).isEqualTo("Profiad");
    assertThat(welsh.get("skills")).isEqualTo("Skills");
    assertThat(warnings).extracting(Diagnostic::code).containsExactly("labels-incomplete");
  }

  @Test
  void anUnreadableThemeLabelsFileIsRefusedNamingIt(@TempDir Path theme) throws IOException {
    Files.write(theme.resolve("labels-de.properties"), new byte[] {'a', '=', (byte) 0xff, (byte) 0xfe});

    assertThatThrownBy(() -> Labels.of("de", Optional.of(theme), new ArrayList<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("labels-de.properties");
  }

  private static List<String> placeholders(String word) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(word);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
