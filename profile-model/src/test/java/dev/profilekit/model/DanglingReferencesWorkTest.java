package dev.profilekit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.profilekit.model.testing.AllocationMeter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Validating thousands of dangling references costs work linear in their number (bytes allocated, no clock). */
class DanglingReferencesWorkTest {
  @Test
  void fiftyThousandDanglingReferencesAmongTwentyThousandIdsWereComparedPairwiseAndAreNowLinear() {
    Profile.Builder builder = Profile.builder().person(Person.builder().name("Sam Quill").build());
    for (int i = 0; i < 20_000; i++) {
      builder.addEvidence(Evidence.builder().id("ev-" + i).kind(EvidenceKind.PROJECT).summary("Built a thing").build());
    }
    for (int i = 0; i < 50_000; i++) {
      builder.addClaims(Claim.builder().id("c-" + i).statement("Ships").addEvidence("missing-" + i).build());
    }
    Profile profile = builder.build();
    @SuppressWarnings("unchecked")
    List<Diagnostic>[] found = new List[1];

    long bytes = AllocationMeter.bytesAllocatedBy(() -> found[0] = ProfileValidator.validate(profile));

    assertThat(found[0].stream().filter(d -> d.code().equals("dangling-reference"))).hasSize(50_000);
    // About 2 KB per reference for its diagnostic, its path and hint; pairwise comparison was gigabytes.
    assertThat(bytes).isLessThan(50_000L * 8 * 1024);
  }
}
