package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.Limits;
import dev.profilekit.model.format.Profiles;
import dev.profilekit.model.format.ReadOptions;
import dev.profilekit.model.format.ReadResult;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bad and hostile inputs end in one clear diagnostic, bounded in time and memory. */
class HostileInputTest {
  private static ReadResult read(String name, byte[] bytes) {
    return Profiles.read(Input.ofBytes(name, bytes), Optional.empty(), ReadOptions.defaults());
  }

  private static ReadResult read(String name, String text) {
    return read(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Diagnostic onlyDiagnostic(ReadResult result) {
    assertThat(result.profile()).isEmpty();
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  @Test
  void anEmptyFileIsOneClearError() {
    Diagnostic d = onlyDiagnostic(read("me.yaml", ""));
    assertThat(d.code()).isEqualTo("empty-input");
    assertThat(d.position()).hasValue(SourcePosition.of("me.yaml", 1, 1));
  }

  @Test
  void aFileOfOnlyCommentsIsEmptyToo() {
    assertThat(onlyDiagnostic(read("me.yaml", "# nothing yet\n")).code()).isEqualTo("empty-input");
  }

  @Test
  void aQuoteLeftOpenAtTheEndSaysWhereItOpened() {
    Diagnostic d = onlyDiagnostic(read("me.yaml", "schemaVersion: 1\nperson:\n  name: \"Ada"));
    assertThat(d.code()).isEqualTo("unclosed-quote");
    assertThat(d.position().orElseThrow().line()).isEqualTo(3);
    assertThat(d.position().orElseThrow().column()).isEqualTo(9);
  }

  @Test
  void aTruncatedFileSaysItEndsTooEarly() {
    Diagnostic d = onlyDiagnostic(read("me.json", "{\"schemaVersion\": 1,\n\"person\": {\n  \"name\": \"Ada\""));
    assertThat(d.code()).isEqualTo("truncated");
    assertThat(d.position().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void aTruncatedJsonFileSaysItEndsTooEarly() {
    Diagnostic d = onlyDiagnostic(read("me.json", "{\"schemaVersion\": 1, \"person\": {\"name\": \"x\""));
    assertThat(d.code()).isEqualTo("truncated");
    assertThat(d.message()).doesNotContain("Source:");
  }

  @Test
  void invalidUtf8IsRefusedWithTheBadBytesPosition() {
    byte[] latin1 = "schemaVersion: 1\nperson:\n  name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Diagnostic d = onlyDiagnostic(read("me.yaml", latin1));
    assertThat(d.code()).isEqualTo("invalid-utf8");
    assertThat(d.position()).hasValue(SourcePosition.of("me.yaml", 3, 12));
  }

  @Test
  void aByteOrderMarkAndCrlfLineEndingsReadLikeAnyOtherFile() {
    ReadResult plain = read("me.yaml", "schemaVersion: 1\nperson:\n  name: Ada\n  summary: |\n    two\n    lines\n");
    ReadResult windows = read("me.yaml", "\uFEFFschemaVersion: 1\r\nperson:\r\n  name: Ada\r\n  summary: |\r\n    two\r\n    lines\r\n");

    assertThat(windows.diagnostics()).isEmpty();
    assertThat(windows.profile()).isEqualTo(plain.profile());
    assertThat(windows.profile().orElseThrow().sourceMap().positionOf("$.person.name"))
        .hasValue(SourcePosition.of("me.yaml", 3, 9));
  }

  @Test
  void aYamlAliasBombIsRefusedAtItsFirstAlias() {
    StringBuilder bomb = new StringBuilder("schemaVersion: 1\nx-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    String previous = "a";
    for (String level : new String[] {"b", "c", "d", "e", "f", "g", "h", "i"}) {
      bomb.append("x-").append(level).append(": &").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
      previous = level;
    }
    Diagnostic d = onlyDiagnostic(read("bomb.yaml", bomb.toString()));
    assertThat(d.code()).isEqualTo("yaml-alias");
    assertThat(d.position().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void twoHundredThousandLevelsOfNestingStopAtTheDepthLimit() {
    String deepYaml = "[".repeat(200_000) + "]".repeat(200_000);
    String deepJson = "{\"schemaVersion\": 1, \"x-deep\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}";

    assertThat(onlyDiagnostic(read("deep.yaml", deepYaml)).code()).isEqualTo("too-deep");
    assertThat(onlyDiagnostic(read("deep.json", deepJson)).code()).isEqualTo("too-deep");
  }

  @Test
  void aFiftyMegabyteInputIsRefusedWithoutBeingReadWhole() {
    long fiftyMegabytes = 50L * 1024 * 1024;
    long[] served = {0};
    Input endless = Input.of("huge.yaml", () -> new InputStream() {
      @Override
      public int read() {
        return served[0]++ < fiftyMegabytes ? 'x' : -1;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (length == 0) {
          return 0;
        }
        int n = (int) Math.min(length, fiftyMegabytes - served[0]);
        if (n <= 0) {
          return -1;
        }
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
        served[0] += n;
        return n;
      }
    });

    Diagnostic d = onlyDiagnostic(Profiles.read(endless, Optional.empty(), ReadOptions.defaults()));

    assertThat(d.code()).isEqualTo("input-too-large");
    assertThat(served[0]).isLessThanOrEqualTo(Limits.defaults().maxInputBytes() + 1);
  }

  @Test
  void theSizeLimitIsConfigurable() {
    ReadOptions tiny = ReadOptions.builder().limits(Limits.builder().maxInputBytes(10).build()).build();
    ReadResult result = Profiles.read(Input.ofString("me.yaml", "schemaVersion: 1\n"), Optional.empty(), tiny);
    assertThat(onlyDiagnostic(result).code()).isEqualTo("input-too-large");
  }

  @Test
  void anOverlongStringIsRefused() {
    ReadOptions small = ReadOptions.builder().limits(Limits.builder().maxStringLength(1000).build()).build();
    String text = "schemaVersion: 1\nperson:\n  name: \"" + "x".repeat(5000) + "\"\n";
    ReadResult result = Profiles.read(Input.ofString("me.yaml", text), Optional.empty(), small);
    assertThat(onlyDiagnostic(result).code()).isEqualTo("string-too-long");
  }

  @Test
  void aValueOfTheWrongTypePointsAtTheValue() {
    Diagnostic d = onlyDiagnostic(read("me.yaml", "schemaVersion: 1\nperson:\n  name: 42\n"));
    assertThat(d.code()).isEqualTo("wrong-type");
    assertThat(d.path()).hasValue("$.person.name");
    assertThat(d.position()).hasValue(SourcePosition.of("me.yaml", 3, 9));
    assertThat(d.hint()).hasValue("put it in quotes to make it text: \"42\"");
  }

  @Test
  void aBinaryFileIsRecognisedAsSuch() {
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    assertThat(onlyDiagnostic(read("photo.yaml", binary)).code()).isEqualTo("binary-input");
  }

  @Test
  void aMissingFileIsUnreadable() {
    ReadResult result = Profiles.read(java.nio.file.Path.of("no/such/profile.yaml"));
    assertThat(onlyDiagnostic(result).code()).isEqualTo("unreadable-input");
  }

  @Test
  void diagnosticsAreCappedSoAHugeBrokenFileCannotFloodTheOutput() {
    StringBuilder text = new StringBuilder("schemaVersion: 1\nwork:\n");
    for (int i = 0; i < 300; i++) {
      text.append("  - startDate: never\n");
    }
    ReadResult result = read("me.yaml", text.toString());
    assertThat(result.diagnostics()).hasSize(101);
    assertThat(result.diagnostics().get(100).code()).isEqualTo("too-many-diagnostics");
    assertThat(result.diagnostics().get(100).message()).startsWith("200 more problems");
  }
}
