package dev.profilekit.model.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.internal.nativeformat.NativeCodecs;
import dev.profilekit.model.testing.ProfileGenerator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The hand-streamed compact JSON is exactly what Jackson's own serialization of the tree gives. */
class TreeWriterTest {
  private static final JsonMapper JACKSON = JsonMapper.builder().build();

  @Test
  void compactJsonOfGeneratedProfilesIsJacksonsOwn() {
    ProfileGenerator generator = ProfileGenerator.withSeed(5);
    for (int n = 0; n < 200; n++) {
      Object tree = NativeCodecs.PROFILE.write(generator.next());
      assertThat(TreeWriter.compactJson(tree)).isEqualTo(JACKSON.writeValueAsString(tree));
    }
  }

  @Test
  void compactJsonOfEveryKindOfScalar() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("text", "quote \" backslash \\ line\nseparator \u2028 </script> é 🚀 \u0001");
    tree.put("long", Long.MIN_VALUE);
    tree.put("int", 7);
    tree.put("big", new BigInteger("123456789012345678901234567890"));
    tree.put("decimal", new BigDecimal("1.50"));
    tree.put("double", 2.5);
    tree.put("flags", List.of(true, false));
    tree.put("nothing", null);
    tree.put("nested", List.of(Map.of("a", List.of()), Arrays.asList(null, "x")));
    tree.put("empty", Map.of());
    assertThat(TreeWriter.compactJson(tree)).isEqualTo(JACKSON.writeValueAsString(tree));
  }
}
