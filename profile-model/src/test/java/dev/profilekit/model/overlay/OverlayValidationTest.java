package dev.profilekit.model.overlay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.ProfileKit;
import dev.profilekit.model.Diagnostic;
import dev.profilekit.model.Overlay;
import dev.profilekit.model.Overlays;
import dev.profilekit.model.Profile;
import dev.profilekit.model.format.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The profile an overlay makes is validated like the base, and its problems are placed at the overlay. */
class OverlayValidationTest {
  private static final String BASE = """
      schemaVersion: 1
      person:
        name: Ada Lindqvist
      work:
        - id: acme
          name: Acme Tools
          startDate: 2019-03
          endDate: 2021-01
      evidence:
        - id: lathe
          kind: project
          summary: Shipped the lathe
          refs: [acme]
      """;

  private static ReadResult read(String yaml) {
    return ProfileKit.read(yaml.getBytes(StandardCharsets.UTF_8), "me.yaml");
  }

  @Test
  void anEndDateAnOverlayPutsBeforeTheStartIsAnErrorAtTheOverlaysPosition() {
    ReadResult result = read(BASE + """
        variants:
          early:
            work:
              - id: acme
                endDate: 2018-01
        """);

    assertThat(result.profile()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "me.yaml:18:18: error: variant `early`: ends (2018-01) before it starts (2019-03)"
            + " (at $.variants.early.work[0].endDate) [end-before-start]\n  hint: swap the dates, or correct the one that is wrong");
  }

  @Test
  void aReferenceAnOverlayBreaksIsAnErrorSayingWhichOverlay() {
    ReadResult result = read(BASE + """
        variants:
          short:
            work:
              - id: acme
                remove: true
        """);

    assertThat(result.diagnostics()).extracting(Diagnostic::format).containsExactly(
        "me.yaml:13:12: error: with variant `short` applied: `acme` refers to no entry (work, project, publication…)"
            + " (at $.evidence[0].refs[0]) [dangling-reference]\n  hint: there is no entry (work, project, publication…) with an id yet");
  }

  @Test
  void resolvingValidatesTheResultAgainAndReportsOnlyWhatTheOverlayBroke() {
    Profile base = read(BASE + "person:\n  name: Ada\n".replace("person", "x-note")).profile().orElseThrow();
    Profile built = base.withVariants(Map.of("early",
        Overlay.of(Map.of("work", List.of(Map.of("id", "acme", "endDate", "2018-01"))))));

    ReadResult resolved = Overlays.resolve(built, Optional.empty(), Optional.of("early"));

    assertThat(resolved.diagnostics()).extracting(Diagnostic::code, d -> d.path().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("end-before-start", "$.work[0].endDate"));
    assertThat(resolved.hasErrors()).isTrue();
    assertThat(Overlays.resolve(base, Optional.empty(), Optional.empty()).diagnostics()).isEmpty();
  }
}
