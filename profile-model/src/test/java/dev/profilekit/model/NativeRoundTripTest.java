package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.format.Format;
import dev.profilekit.model.format.Formats;
import dev.profilekit.model.format.Input;
import dev.profilekit.model.format.ReadResult;
import dev.profilekit.model.testing.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.profilekit.model.testing.ProfileGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NativeRoundTripTest {
  static List<Path> examples() {
    return Examples.yamlFiles();
  }

  static Profile through(String formatId, Profile profile) {
    Format format = Formats.standard().require(formatId);
    String written = format.writer().orElseThrow().write(profile).content();
    ReadResult back = format.reader().orElseThrow().read(Input.ofString("written." + formatId, written));
    assertThat(back.diagnostics()).as(written).isEmpty();
    return back.profile().orElseThrow();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void yamlAndJsonRoundTripsGiveEqualProfiles(Path example) {
    Profile original = Examples.read(example);

    assertThat(through("yaml", original)).isEqualTo(original);
    assertThat(through("json", original)).isEqualTo(original);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void writingIsDeterministic(Path example) throws Exception {
    Profile original = Examples.read(example);
    Format yaml = Formats.standard().require("yaml");

    String once = yaml.writer().orElseThrow().write(original).content();
    String twice = yaml.writer().orElseThrow().write(through("yaml", original)).content();

    assertThat(twice).isEqualTo(once);
    Files.writeString(Path.of("target", example.getFileName() + ".out.yaml"), once);
    Files.writeString(Path.of("target", example.getFileName() + ".out.json"),
        Formats.standard().require("json").writer().orElseThrow().write(original).content());
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedProfilesSurviveYamlAndJsonAndReadEqualFromBoth(long seed) {
    Profile generated = ProfileGenerator.withSeed(seed).next();

    Profile fromYaml = through("yaml", generated);
    Profile fromJson = through("json", generated);

    assertThat(fromYaml).isEqualTo(generated);
    assertThat(fromJson).isEqualTo(generated);
    assertThat(ProfileValidator.validate(generated)).isEmpty();
  }
}
