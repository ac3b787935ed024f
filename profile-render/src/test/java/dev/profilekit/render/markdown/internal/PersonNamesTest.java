package dev.profilekit.render.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page titles are not names; what a page says about whose it is, is. */
class PersonNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"About", "about me", "CV", "Résumé", "Links", "Contact", "Home", "About Me:", "Über mich",
      "À propos", "Обо мне", "关于我", "Lebenslauf", "Curriculum Vitae", "O mně", "소개"})
  void takesCommonPageTitlesForPageTitles(String title) {
    assertThat(PersonNames.isGeneric(title)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hi, I'm **Tove Almqvist**, an ecologist.", "My name is Priya Raman.", "Ich bin Lena Hartmann.",
      "Je suis Camille Dubois, luthière.", "Меня зовут Анна Соколова.", "I am Ada van der Berg and I like maps."})
  void findsTheNameAPageSays(String text) {
    assertThat(PersonNames.saidIn(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"I am a data scientist.", "I am Senior Engineer at Example Corp.", "I'm Based in Berlin.",
      "I'm Lena.", "Ich bin Softwareentwicklerin.", "I am German.", "Welcome! I'm Here To Help."})
  void findsNoNameWhereThereIsNone(String text) {
    assertThat(PersonNames.saidIn(text)).isEmpty();
  }

  @Test
  void looksOnlyAtTheFirstParagraphs() {
    assertThat(PersonNames.saidIn("One.\n\nTwo.\n\nThree.\n\nI'm Jane Roe.")).isEmpty();
    assertThat(PersonNames.saidIn("One.\n\nI'm Jane Roe.")).contains("Jane Roe");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Marit Solberg", "Ada van der Berg", "J. R. Hartley", "Анна Соколова"})
  void takesAHeadingOfCapitalisedWordsForAName(String heading) {
    assertThat(PersonNames.isName(heading)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hello World", "Machine Learning", "Work Experience", "Selected Publications", "About Me",
      "Projects", "Open Source Work", "Contact Me", "Welcome"})
  void takesNoOtherHeadingForAName(String heading) {
    assertThat(PersonNames.isName(heading)).isFalse();
  }
}
