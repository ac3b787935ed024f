package dev.profilekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.WriteOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build per change: when the browser must reload, and what it shows. */
class PreviewBuilderTest {
  private static final String PROFILE = "schemaVersion: 1\nperson:\n  name: Sam Quill\n  label: Bookbinder\n";

  @TempDir Path dir;
  private Path source;
  private Path theme;
  private PreviewBuilder builder;
  private PreviewSnapshot snapshot = new PreviewSnapshot(0, Optional.empty(), List.of());

  @BeforeEach
  void setUp() throws IOException {
    source = Files.writeString(dir.resolve("me.yaml"), PROFILE);
    theme = Files.createDirectories(dir.resolve("theme"));
    ProfileInput input = new ProfileInput();
    input.maxInputBytes = 1 << 20;
    Streams streams = new Streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new PrintWriter(new StringWriter()), false);
    builder = new PreviewBuilder(source.toString(), input, WriteOptions.builder().themeDirectory(theme).build(), streams);
  }

  private PreviewBuilder.Build build() {
    PreviewBuilder.Build build = builder.build(snapshot);
    snapshot = build.snapshot();
    return build;
  }

  @Test
  void aSaveThatChangesNothingOnThePageOrInTheErrorsNeedsNoReload() throws IOException {
    assertThat(build().changed()).isTrue();
    Files.writeString(source, "# a comment only\n" + PROFILE);
    assertThat(build().changed()).isFalse();
    assertThat(snapshot.version()).isEqualTo(1);

    Files.writeString(source, PROFILE.replace("label:", "labl:"));
    assertThat(build().changed()).isTrue();
    assertThat(build().changed()).as("the same errors again").isFalse();
    assertThat(snapshot.version()).isEqualTo(2);
    assertThat(snapshot.lastGood()).isPresent();
    assertThat(snapshot.isValid()).isFalse();
  }

  @Test
  void aThemeThatDoesNotCompileIsShownAsAnErrorUntilItIsFixed() throws IOException {
    Files.writeString(theme.resolve("footer.mustache"), "<footer>{{#person}}unclosed</footer>\n");
    build();
    assertThat(snapshot.errors()).extracting(Diagnostic::code).containsExactly("render-failed");
    assertThat(snapshot.errors().get(0).message()).contains("theme", "missing close tag");

    Files.writeString(theme.resolve("footer.mustache"), "<footer>{{person.name}}, bound</footer>\n");
    build();
    assertThat(snapshot.isValid()).isTrue();
    assertThat(snapshot.lastGood().orElseThrow().html()).contains("<footer>Sam Quill, bound</footer>");
  }

  @Test
  void aMissingSourceIsAnErrorAndItsReturnShowsThePageAgain() throws IOException {
    build();
    Files.delete(source);
    build();
    assertThat(snapshot.errors()).extracting(Diagnostic::code).containsExactly("unreadable-input");

    Files.writeString(source, PROFILE.replace("Bookbinder", "Binder"));
    build();
    assertThat(snapshot.isValid()).isTrue();
    assertThat(snapshot.lastGood().orElseThrow().html()).contains("Binder");
  }

  @Test
  void aSaveThatChangesOnlyWhatThePageDoesNotShowNeedsNoReloadButTheOtherFormatsFollowIt() throws IOException {
    Files.writeString(source, PROFILE + "x-note: first\n");
    build();
    Format yaml = Formats.standard().require("yaml");
    assertThat(snapshot.lastGood().orElseThrow().in(yaml)).contains("x-note: first");

    Files.writeString(source, PROFILE + "x-note: second\n");
    assertThat(build().changed()).as("the page is the same").isFalse();

    assertThat(snapshot.version()).isEqualTo(1);
    assertThat(snapshot.lastGood().orElseThrow().in(yaml)).contains("x-note: second").doesNotContain("first");
    assertThat(snapshot.lastGood().orElseThrow().in(Formats.standard().require("json"))).contains("second");
  }
}
