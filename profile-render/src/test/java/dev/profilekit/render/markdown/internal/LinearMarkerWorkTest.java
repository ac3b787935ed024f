package dev.profilekit.render.markdown.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.CountingText;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding the marker that ends a list item reads each character a bounded number of times. */
class LinearMarkerWorkTest {
  @Test
  void aClaimLineRepeatingTheMarkerOpeningWasQuadraticAndIsNowLinear() {
    CountingText line = new CountingText("A claim " + "<!-- profilekit:claim {\"id\":\"x\"} ".repeat(3000) + "end");

    assertThat(Marker.trailing(line)).isEmpty();
    assertThat(line.reads()).isLessThan(20L * line.length());
  }

  @Test
  void aTrailingMarkerIsStillFoundWithItsJsonAndTheTextBeforeIt() {
    String text = "Ships reliable services " + Marker.write("claim", Map.of("id", "c1"));

    Marker.Trailing trailing = Marker.trailing(text).orElseThrow();

    assertThat(trailing.text()).isEqualTo("Ships reliable services");
    assertThat(trailing.marker().kind()).isEqualTo("claim");
    assertThat(trailing.marker().json()).hasValue("{\"id\":\"c1\"}");
    assertThat(text.substring(trailing.marker().jsonOffset())).startsWith("{\"id\"");
  }

  @Test
  void onlyTheLastMarkerOfSeveralIsTheTrailingOne() {
    String text = "A <!-- profilekit:claim {\"id\":\"a\"} --> B <!-- profilekit:claim {\"id\":\"b\"} -->";

    Marker.Trailing trailing = Marker.trailing(text).orElseThrow();

    assertThat(trailing.marker().json()).hasValue("{\"id\":\"b\"}");
    assertThat(trailing.text()).isEqualTo("A <!-- profilekit:claim {\"id\":\"a\"} --> B");
  }
}
