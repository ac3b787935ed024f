package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Input the readers used to drop or mangle without a word, or crash on: each is now an error
 * with its position, or read as its specification says.
 */
class SilentlyDroppedInputTest {
  private static ReadResult read(String name, String text) {
    return read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static ReadResult read(String name, byte[] bytes) {
    return Profiles.read(Input.ofBytes(name, bytes), Optional.empty(), ReadOptions.defaults());
  }

  private static Diagnostic onlyError(ReadResult result) {
    assertThat(result.profile()).isEmpty();
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  @Test
  void trailingGarbageAfterTheJsonValueWasDroppedAndIsNowAnErrorWithItsPosition() {
    Diagnostic d = onlyError(read("me.json", "{\"schemaVersion\":1,\"person\":{\"name\":\"A\"}}\n  trailing garbage"));
    assertThat(d.code()).isEqualTo("trailing-text");
    assertThat(d.position()).hasValue(SourcePosition.of("me.json", 2, 3));
  }

  @Test
  void aSecondJsonValueIsTrailingTextToo() {
    assertThat(onlyError(read("me.json", "{\"schemaVersion\":1} {\"a\":1}")).code()).isEqualTo("trailing-text");
  }

  @Test
  void aSecondYamlDocumentWasDroppedAndIsNowAnErrorWithItsPosition() {
    Diagnostic d = onlyError(read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\n---\nperson:\n  name: B\n"));
    assertThat(d.code()).isEqualTo("second-document");
    assertThat(d.position().orElseThrow().line()).isEqualTo(5);
  }

  @Test
  void aLeadingDocumentMarkerAndAClosingEndMarkerStayFine() {
    ReadResult result = read("me.yaml", "---\nschemaVersion: 1\nperson:\n  name: A\n...\n");
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void aLoneSurrogateEscapeInJsonIsRefusedAtReadTimeWithItsPosition() {
    Diagnostic d = onlyError(read("me.json", "{\"schemaVersion\":1,\n \"person\":{\"name\":\"A\\ud800\"}}"));
    assertThat(d.code()).isEqualTo("lone-surrogate");
    assertThat(d.message()).contains("\\ud800");
    assertThat(d.position().orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void aLoneSurrogateInAKeyIsRefusedToo() {
    Diagnostic d = onlyError(read("me.json", "{\"schemaVersion\":1,\"\\udc00\":1}"));
    assertThat(d.message()).contains("surrogate");
    assertThat(d.position().orElseThrow().line()).isEqualTo(1);
  }

  @Test
  void aLoneSurrogateInYamlIsRefusedRatherThanTurnedIntoAnotherCharacter() {
    Diagnostic d = onlyError(read("me.yaml", "schemaVersion: 1\nperson:\n  name: \"A\\ud800\"\n"));
    assertThat(d.code()).isEqualTo("lone-surrogate");
    assertThat(d.position().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void aLoneSurrogateInTextGivenToTheLibraryIsRefusedWithItsPosition() {
    ReadResult result = Profiles.read(Input.ofString("me.yaml", "schemaVersion: 1\nperson:\n  name: A\uD800\n"),
        Optional.empty(), ReadOptions.defaults());
    Diagnostic d = onlyError(result);
    assertThat(d.code()).isEqualTo("lone-surrogate");
    assertThat(d.position()).hasValue(SourcePosition.of("me.yaml", 3, 10));
  }

  @Test
  void aPairOfSurrogatesIsOneCharacterAndReadsFine() {
    ReadResult result = read("me.json", "{\"schemaVersion\":1,\"person\":{\"name\":\"A\\ud83d\\ude00\"}}");
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.profile().orElseThrow().person().name()).hasValue("A\uD83D\uDE00");
  }

  @Test
  void aNumberBeyondBigDecimalsExponentWasAnInternalErrorAndIsNowADiagnostic() {
    Diagnostic d = onlyError(read("me.json", "{\"schemaVersion\":1,\"person\":{\"name\":\"A\"},\"x\":1e2147483648}"));
    assertThat(d.code()).isEqualTo("number-out-of-range");
    assertThat(d.position()).hasValue(SourcePosition.of("me.json", 1, 46));
  }

  @Test
  void yaml12EscapesForLineAndParagraphSeparatorsNextLineAndNoBreakSpaceWereRejectedAndNowRead() {
    ReadResult result = read("me.yaml", "schemaVersion: 1\nperson:\n  name: \"A\\LB\\PC\\ND\\_E\"\n  label: \"x\\Ly\"\n");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.profile().orElseThrow().person().name()).hasValue("A\u2028B\u2029C\u0085D\u00A0E");
    assertThat(result.profile().orElseThrow().person().label()).hasValue("x\u2028y");
  }

  @Test
  void anUnknownYamlEscapeIsStillASyntaxError() {
    assertThat(onlyError(read("me.yaml", "schemaVersion: 1\nperson:\n  name: \"A\\qB\"\n")).code()).isEqualTo("syntax");
  }

  @Test
  void aBackslashLOutsideDoubleQuotesIsPlainText() {
    ReadResult result = read("me.yaml", "schemaVersion: 1\nperson:\n  name: A\\LB\n  label: \"\\P\"\n");
    assertThat(result.profile().orElseThrow().person().name()).hasValue("A\\LB");
    assertThat(result.profile().orElseThrow().person().label()).hasValue("\u2029");
  }

  @Test
  void aUtf16FileWasCalledBinaryAndIsNowNamedUtf16() {
    byte[] littleEndian = "schemaVersion: 1\nperson:\n  name: A\n".getBytes(StandardCharsets.UTF_16LE);
    Diagnostic d = onlyError(read("me.yaml", littleEndian));
    assertThat(d.code()).isEqualTo("utf16-input");
    assertThat(d.message()).contains("UTF-16 (little-endian)").contains("UTF-8 is needed");

    byte[] withMark = "schemaVersion: 1\n".getBytes(StandardCharsets.UTF_16);
    assertThat(onlyError(read("me.yaml", withMark)).message()).contains("UTF-16 (big-endian, with a byte-order mark)");
  }
}
