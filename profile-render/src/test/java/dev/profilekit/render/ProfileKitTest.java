package dev.profilekit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.profilekit.ProfileKit;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.testing.Examples;
import dev.profilekit.render.html.HtmlOptions;
import dev.profilekit.render.jsonresume.JsonResumeOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front door reads, writes and converts in every format found on the class path. */
class ProfileKitTest {
  @TempDir Path dir;

  private static final Path FULL = Examples.directory().resolve("full.yaml");

  @Test
  void readsAFileItsNameAndContentTell() {
    ReadResult read = ProfileKit.read(FULL);

    assertThat(read.hasErrors()).isFalse();
    assertThat(read.profile().orElseThrow().person().name()).contains("Mara Lindqvist");
  }

  @Test
  void readsBytesAndStreamsByTheirNameOrContent() throws Exception {
    byte[] yaml = Files.readAllBytes(FULL);
    Profile fromFile = ProfileKit.read(FULL).profile().orElseThrow();

    assertThat(ProfileKit.read(yaml, "<stdin>").profile()).contains(fromFile);
    assertThat(ProfileKit.read(new ByteArrayInputStream(yaml), "me.yaml").profile()).contains(fromFile);
  }

  @Test
  void writesTextAndBytesThatReadBackTheSame() {
    Profile profile = ProfileKit.read(FULL).profile().orElseThrow();

    String json = ProfileKit.write(profile, "json").content();
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    var losses = ProfileKit.write(profile, "html", html);

    assertThat(ProfileKit.read(json.getBytes(StandardCharsets.UTF_8), "me.json").profile()).contains(profile);
    assertThat(html.toString(StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("Mara Lindqvist");
    assertThat(losses).isEqualTo(ProfileKit.write(profile, "html").losses());
  }

  @Test
  void typedOptionsReachTheWriter() {
    Profile profile = ProfileKit.read(FULL).profile().orElseThrow();

    String target = profile.targets().get(0).id();
    String answers = ProfileKit.write(profile, "html", HtmlOptions.builder().target(target).build()).content();
    String plain = ProfileKit.write(profile, "jsonresume", JsonResumeOptions.builder().aliases(false).build()).content();

    assertThat(answers).isNotEqualTo(ProfileKit.write(profile, "html").content());
    assertThatThrownBy(() -> ProfileKit.write(profile, "html", HtmlOptions.builder().target("no-such-target").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-target");
    assertThat(plain).doesNotContain("\"company\"");
    assertThat(ProfileKit.write(profile, "jsonresume").content()).contains("\"company\"");
  }

  @Test
  void anOptionTheFormatDoesNotTakeIsAnErrorListingTheOnesItDoes() {
    Profile profile = ProfileKit.read(FULL).profile().orElseThrow();

    assertThatThrownBy(() -> ProfileKit.write(profile, "json", HtmlOptions.builder().theme(dir).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("json takes no theme option (it takes: compact)");
    assertThatThrownBy(() -> ProfileKit.write(profile, "html", WriteOptions.builder().putSettings("colour", "red").build()))
        .hasMessage("unknown setting 'colour' for html (it takes: target, theme)");
    assertThatThrownBy(() -> ProfileKit.write(profile, "docx")).hasMessageContaining("unknown format 'docx'");
  }

  @Test
  void convertsAtomicallyAndOnlyValidInput() throws Exception {
    Path out = dir.resolve("cv.html");
    ProfileKit.Conversion done = ProfileKit.convert(FULL, out);

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "schemaVersion: 1\nperson: [\n");
    Path untouched = dir.resolve("kept.json");
    Files.writeString(untouched, "{}\n");
    ProfileKit.Conversion refused = ProfileKit.convert(broken, untouched);

    assertThat(done.written()).isTrue();
    assertThat(Files.readString(out)).contains("Mara Lindqvist");
    assertThat(refused.written()).isFalse();
    assertThat(refused.hasErrors()).isTrue();
    assertThat(refused.diagnostics().get(0).format()).startsWith(broken + ":");
    assertThat(Files.readString(untouched)).isEqualTo("{}\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("cv.html", "broken.yaml", "kept.json");
    }
  }
}
