package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.Examples;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceMapTest {
  @Test
  void aReadProfileKnowsWhereEveryValueWasWritten() {
    SourceMap map = Examples.read("full").sourceMap();

    assertThat(map.positionOf("$.person.name").orElseThrow().line()).isEqualTo(4);
    assertThat(map.positionOf("$.work[1].startDate").orElseThrow().toString()).endsWith("full.yaml:62:16");
    assertThat(map.positionOf("$.person.location.x-floor")).isEqualTo(map.positionOf("$.person.location"));
    assertThat(map.asMap()).containsKey("$.frontMatter.author_profile");
  }

  @Test
  void aLazyMapIsWorkedOutOnceAndOnlyWhenAsked() {
    AtomicInteger computed = new AtomicInteger();
    SourceMap map = SourceMap.lazy(() -> {
      computed.incrementAndGet();
      return Map.of("$.a", new SourcePosition("f", 1, 2));
    });
    assertThat(computed).hasValue(0);

    assertThat(map.positionOf("$.a.b")).hasValue(new SourcePosition("f", 1, 2));
    assertThat(map.positionOf("$.c")).isEmpty();
    assertThat(computed).hasValue(1);
  }
}
