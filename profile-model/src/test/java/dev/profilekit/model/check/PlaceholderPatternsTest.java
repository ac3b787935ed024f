package dev.profilekit.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.model.Claim;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Person;
import dev.profilekit.model.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderPatternsTest {
  @Test
  void readsOnePatternPerLineSkippingCommentsAndBlankLines() {
    List<String> patterns = PlaceholderPatterns.parse("# my notes\n\n\\blorem\\b\n  \\bWIP\\b  \n");

    assertThat(patterns).containsExactly("\\blorem\\b", "\\bWIP\\b");
  }

  @Test
  void theDefaultsLineAddsTheBuiltInList() {
    List<String> patterns = PlaceholderPatterns.parse("@defaults\n\\blorem\\b\n");

    assertThat(patterns).startsWith(PlaceholderPatterns.DEFAULTS.toArray(String[]::new)).endsWith("\\blorem\\b");
  }

  @Test
  void namesTheLineOfAnInvalidPattern() {
    assertThatThrownBy(() -> PlaceholderPatterns.parse("\\bok\\b\n(unclosed\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("line 2: not a valid pattern: (unclosed");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "TODO", "tbd", "Fixme later", "XXX", "what ???", "(perhaps give some examples)",
      "(you need to expand this)", "(Maybe mention the award)", "(add numbers)", "-", "  * ", "3."})
  void theBuiltInListFindsDraftNotes(String text) {
    assertThat(placeholders(text)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Wrote `TODO` linters", "Built ``a `TODO` b`` tools", "```\nTODO\n```", "~~~~\nFIXME\n~~~~\nand more",
      "Mastodon (ActivityPub) client", "A to-do list app", "Pretoria", "(since 2019)", "- a real item",
      "Cost: 3.50", "Why? Because."})
  void theBuiltInListLeavesOrdinaryProseAndCodeAlone(String text) {
    assertThat(placeholders(text)).isEmpty();
  }

  @Test
  void aTextAfterAClosedFenceIsScannedAgain() {
    assertThat(placeholders("```\nTODO\n```\nTBD")).extracting(Diagnostic::message)
        .containsExactly("placeholder \"TBD\" left in claim `c`");
  }

  private static List<Diagnostic> placeholders(String statement) {
    Profile profile = Profile.builder()
        .person(Person.builder().name("Ada Testwell").build())
        .addClaims(Claim.builder().id("c").statement(statement).build())
        .build();
    return ProfileChecker.standard().check(profile).findings().stream()
        .filter(d -> d.code().equals("placeholder"))
        .toList();
  }
}
