package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commonest mistakes in YAML and JSON, said in plain words at the place to fix, with the fix. */
class PlainWordsTest {
  private static ReadResult read(String name, String text) {
    return Profiles.read(Input.ofString(name, text), Optional.empty(), ReadOptions.defaults());
  }

  private static Diagnostic only(ReadResult result) {
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  private static String at(Diagnostic d) {
    return d.position().map(p -> p.line() + ":" + p.column()).orElse("none");
  }

  @Test
  void aTabSaysIndentWithSpaces() {
    Diagnostic d = only(read("me.yaml", "schemaVersion: 1\nperson:\n\tname: A\n"));

    assertThat(d.code()).isEqualTo("tab");
    assertThat(d.message()).doesNotContain("(TAB)").contains("tab");
    assertThat(at(d)).isEqualTo("3:1");
    assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("indent with spaces"));
  }

  @Test
  void aColonInAValueShowsTheQuotedValue() {
    Diagnostic d = only(read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\n  summary: I: am great\n"));

    assertThat(d.code()).isEqualTo("colon-in-value");
    assertThat(d.message()).doesNotContain("mapping values are not allowed");
    assertThat(d.position().orElseThrow().line()).isEqualTo(4);
    assertThat(d.hint()).hasValue("quote the value: summary: \"I: am great\"");
  }

  @Test
  void aKeyIndentedUnderAValueSaysLineItUp() {
    Diagnostic d = only(read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\n    label: x\n"));

    assertThat(d.code()).isEqualTo("mis-indented-key");
    assertThat(d.hint()).hasValue("line it up with the keys above it");
  }

  @Test
  void anUnclosedQuoteIsPlacedWhereItOpens() {
    Diagnostic d = only(read("me.yaml", "schemaVersion: 1\nperson:\n  name: \"A\n  label: x\n"));

    assertThat(d.code()).isEqualTo("unclosed-quote");
    assertThat(at(d)).isEqualTo("3:9");
    assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("close it with \"").doesNotContain("truncated"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"schemaVersion\": 1, \"person\": {\"name\": \"A\",}}|1:44",
      "{\"schemaVersion\": 1,\\n \"person\": {\\n  \"name\": \"A\",\\n }\\n}|3:14",
      "{\"schemaVersion\": 1, \"person\": {\"name\": \"A\", \"links\": [{\"url\": \"https://a.example\"},]}}|1:84"})
  void aTrailingCommaInJsonPointsAtTheComma(String json, String where) {
    Diagnostic d = only(read("me.json", json.replace("\\n", "\n")));

    assertThat(d.code()).isEqualTo("trailing-comma");
    assertThat(at(d)).isEqualTo(where);
    assertThat(d.hint()).hasValue("remove the comma");
  }

  @Test
  void aComplexKeySaysAKeyMustBeText() {
    Diagnostic d = only(read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\n? [a]\n: b\n"));

    assertThat(d.code()).isEqualTo("complex-key");
    assertThat(d.message()).doesNotContain("+SEQ");
  }

  @Test
  void aMisIndentedListItemThatBecameTextIsAWarning() {
    ReadResult result = read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\nwork:\n  - name: X\n    highlights:\n"
        + "      - a\n       - b\n");

    Diagnostic d = only(result);
    assertThat(d.isError()).isFalse();
    assertThat(d.code()).isEqualTo("mis-indented");
    assertThat(d.message()).contains("\"a - b\"");
    assertThat(at(d)).isEqualTo("8:8");
    assertThat(result.profile()).isPresent();
  }

  @Test
  void aTextOverSeveralLinesWithoutListMarksIsFine() {
    ReadResult result = read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\n  summary: one\n    two - three\n");

    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void everyDuplicateKeyIsReported() {
    ReadResult result = read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\n  name: B\n  label: x\n  label: y\n  label: z\n");

    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly("duplicate-key", "duplicate-key", "duplicate-key");
    assertThat(result.diagnostics()).extracting(PlainWordsTest::at).containsExactly("4:3", "6:3", "7:3");
    assertThat(result.diagnostics().get(2).message()).contains("3 times");
  }

  @Test
  void aStructuralErrorDoesNotHideReferenceErrors() {
    ReadResult result = read("me.yaml", String.join("\n",
        "schemaVersion: 1", "person:", "  name: A", "claims:", "  - statement: no id here",
        "  - id: python", "    statement: I write Python", "    evidence: [nosuch]", "targets:", "  - id: acme",
        "    title: Acme", "    groups:", "      - title: Required", "        priority: required",
        "        requirements:", "          - id: r1", "            text: Python", "            claims: [python, ghost]", ""));

    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("missing-required", "dangling-reference", "dangling-reference");
    assertThat(result.diagnostics().get(1).path()).hasValue("$.claims[1].evidence[0]");
    assertThat(at(result.diagnostics().get(2))).isEqualTo("18:30");
  }

  @Test
  void aReferenceToAnEntryThatFailedToReadIsNotReported() {
    ReadResult result = read("me.yaml", String.join("\n",
        "schemaVersion: 1", "person:", "  name: A", "claims:", "  - id: c", "    statement: s", "    evidence: [e1]",
        "evidence:", "  - id: e1", "    kind: no-such-kind", "    summary: s", ""));

    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("dangling-reference");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "endDate: present|leave endDate out for an ongoing role",
      "startDate: June 2021|did you mean 2021-06?",
      "startDate: Jan 2015|did you mean 2015-01?",
      "startDate: 2019-02-29|2019 is not a leap year: February has 28 days",
      "startDate: 2019-13|there is no month 13: months run from 01 to 12"})
  void aDateMistakeGetsTheHintThatFixesIt(String line, String hint) {
    ReadResult result = read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\nwork:\n  - name: X\n    " + line + "\n");

    assertThat(only(result).hint()).hasValue(hint);
  }

  @Test
  void aColonInAListOfTextsSaysQuoteIt() {
    ReadResult result = read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\nwork:\n  - name: X\n    highlights:\n"
        + "      - Built: a thing\n");

    assertThat(only(result).hint()).hasValue("quote it: the colon made it a mapping; write \"Built: a thing\"");
  }

  @Test
  void schemaVersionOnePointZeroSaysWriteOne() {
    Diagnostic d = only(read("me.yaml", "schemaVersion: 1.0\nperson:\n  name: A\n"));

    assertThat(d.message()).isEqualTo("schemaVersion is 1.0, and must be the whole number 1");
    assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).startsWith("write 1"));
  }

  @Test
  void theMissingSchemaVersionHintReadsAsASentence() {
    Diagnostic d = only(read("me.yaml", "person:\n  name: A\n"));

    assertThat(d.hint()).hasValue("add the line `schemaVersion: 1` at the top: it says which version of the format the file is written in");
  }

  @Test
  void aBadUrlIsOneDiagnostic() {
    ReadResult result = read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\n  url: notaurl\n");

    assertThat(List.copyOf(result.diagnostics())).extracting(Diagnostic::code).containsExactly("bad-url");
  }
}
