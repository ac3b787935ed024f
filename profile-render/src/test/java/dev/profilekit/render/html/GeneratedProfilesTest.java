package dev.profilekit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.Profile;
import dev.profilekit.model.format.WriteOptions;
import dev.profilekit.model.format.WriteResult;
import dev.profilekit.model.testing.ProfileGenerator;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded random profiles full of serialiser-hostile text: every page stays safe and valid. */
class GeneratedProfilesTest {
  private static final HtmlWriter WRITER = new HtmlWriter();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedProfileGivesSafeValidPage(long seed) {
    Profile profile = ProfileGenerator.withSeed(seed).next();
    WriteOptions options =
        profile.targets().isEmpty()
            ? WriteOptions.defaults()
            : WriteOptions.builder().target(profile.targets().get(0).id()).build();

    WriteResult result = WRITER.write(profile, options);
    ParsedPage page = ParsedPage.parse(result.content());

    assertThat(page.elements("script")).hasSize(1);
    assertThat(page.eventHandlerAttributes()).isEmpty();
    assertThat(page.unsafeUrlAttributes()).isEmpty();
    assertThat(JsonLdBlock.of(result.content())).containsEntry("@type", "Person");
    assertThat(HtmlChecker.errors(result.content())).as("seed %d", seed).isEmpty();
  }
}
